package dev.skyway.portal.platform.kept;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Results kept by their inputs until what they are read from changes. Every {@link #get} asks the version first (a
 * fingerprint of the source tables, see {@link #fingerprint}) and reads again when it moved, so a write on any
 * replica shows on the next call. An entry is kept at most {@code keptAtMost} even when the version stays the same:
 * a bound on what a change the fingerprint misses (an edit by hand in the database) can leave stale. Callers only
 * read what they get: the same value goes to every caller with the same inputs.
 *
 * @param <K> the inputs (a record, or the query rendered with its values)
 * @param <V> the result
 */
public final class KeptReads<K, V> {

    private final Cache<Versioned<K>, V> kept;
    private final Supplier<?> version;

    private record Versioned<K>(K inputs, Object version) {
    }

    /**
     * @param maximumSize how many inputs are kept (the least used go first)
     * @param version     the current version; equal values mean nothing the results depend on changed
     */
    public KeptReads(int maximumSize, Duration keptAtMost, Supplier<?> version) {
        this.kept = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(keptAtMost).build();
        this.version = version;
    }

    /** The result for {@code inputs} at the current version, read by {@code read} once per inputs and version. */
    public V get(K inputs, Function<? super K, ? extends V> read) {
        return kept.get(new Versioned<>(inputs, version.get()), v -> read.apply(v.inputs()));
    }

    /**
     * Reads the result for {@code inputs} now and keeps it in place of the one kept, whatever its age: for a reader in
     * the background that renews a result before its time bound ends, so that no caller waits for the read.
     */
    public V renew(K inputs, Function<? super K, ? extends V> read) {
        Versioned<K> key = new Versioned<>(inputs, version.get());
        V value = read.apply(inputs);
        kept.put(key, value);
        return value;
    }

    /**
     * A version in one round trip: the values of single-value queries such as a table's row count or its newest
     * update time (index-only or small-table reads, cheap enough for every call).
     */
    @SafeVarargs
    public static List<Object> fingerprint(DSLContext db, Select<? extends Record1<?>>... parts) {
        Field<?>[] fields = new Field<?>[parts.length];
        for (int i = 0; i < parts.length; i++) {
            fields[i] = scalar(parts[i]);
        }
        return Collections.unmodifiableList(db.select(fields).fetchSingle().intoList());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Field<?> scalar(Select<? extends Record1<?>> part) {
        return DSL.field((Select) part);
    }
}
