package dev.skyway.portal.platform.kept;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Results kept by their inputs until what they are read from changes. Every {@link #get} asks the version first (a
 * fingerprint of the source tables, see {@link #fingerprint}) and reads again when it moved, so a write on any
 * replica shows on the next call. An entry is kept at most {@code keptAtMost} even when the version stays the same:
 * a bound on what a change the fingerprint misses (an edit by hand in the database) can leave stale. Once an entry is
 * three quarters of that old, the next call still gets it at once and a read in the background replaces it, so that a
 * page asked for every few minutes does not make one visitor wait for the read each time the bound ends. Callers only read what they
 * get: the same value goes to every caller with the same inputs, and a read must depend on its inputs alone (the
 * background read runs the first caller's read function, outside any caller's thread).
 *
 * @param <K> the inputs (a record, or the query rendered with its values)
 * @param <V> the result
 */
public final class KeptReads<K, V> {

    private final LoadingCache<Versioned<K, V>, V> kept;
    private final Supplier<?> version;

    /** The cache's key: inputs and version; the read that fills (and renews) the entry rides along unequal. */
    private static final class Versioned<K, V> {

        private final K inputs;
        private final Object version;
        private final Function<? super K, ? extends V> read;

        Versioned(K inputs, Object version, Function<? super K, ? extends V> read) {
            this.inputs = inputs;
            this.version = version;
            this.read = read;
        }

        V read() {
            return read.apply(inputs);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Versioned<?, ?> that && inputs.equals(that.inputs)
                    && Objects.equals(version, that.version);
        }

        @Override
        public int hashCode() {
            return Objects.hash(inputs, version);
        }
    }

    /**
     * @param maximumSize how many inputs are kept (the least used go first)
     * @param version     the current version; equal values mean nothing the results depend on changed
     */
    public KeptReads(int maximumSize, Duration keptAtMost, Supplier<?> version) {
        this(maximumSize, keptAtMost, version, Ticker.systemTicker(),
                task -> Thread.ofVirtual().name("kept-read").start(task));
    }

    /** With the time and the runner of background reads given (tests). */
    KeptReads(int maximumSize, Duration keptAtMost, Supplier<?> version, Ticker ticker, Executor background) {
        this.kept = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(keptAtMost)
                .refreshAfterWrite(renewedAfter(keptAtMost)).ticker(ticker).executor(background)
                .build(Versioned::read);
        this.version = version;
    }

    /** How old a kept result is when the next call has it read again in the background: three quarters of the bound. */
    public static Duration renewedAfter(Duration keptAtMost) {
        return keptAtMost.multipliedBy(3).dividedBy(4);
    }

    /** The result for {@code inputs} at the current version, read by {@code read} once per inputs and version. */
    public V get(K inputs, Function<? super K, ? extends V> read) {
        return kept.get(new Versioned<>(inputs, version.get(), read));
    }

    /**
     * Reads the result for {@code inputs} now and keeps it in place of the one kept, whatever its age: for a reader in
     * the background that renews a result before its time bound ends, so that no caller waits for the read.
     */
    public V renew(K inputs, Function<? super K, ? extends V> read) {
        Versioned<K, V> key = new Versioned<>(inputs, version.get(), read);
        V value = key.read();
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
