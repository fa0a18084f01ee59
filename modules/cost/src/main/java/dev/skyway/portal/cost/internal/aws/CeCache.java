package dev.skyway.portal.cost.internal.aws;

import static dev.skyway.schema.cost.Tables.CE_CACHE;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.jooq.DSLContext;

/**
 * Cost Explorer answers kept as JSON ({@code cost.ce_cache}), so that pages read them instead of calling Cost
 * Explorer: its data changes a few times a day and every request is paid.
 */
public class CeCache {

    /** One cached answer and when it was fetched from Cost Explorer. */
    public record Entry(String body, Instant fetchedAt) {
    }

    private final DSLContext db;
    private final Clock clock;

    public CeCache(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The cached answer for {@code key}, however old. */
    public Optional<Entry> get(String key) {
        return db.select(CE_CACHE.BODY, CE_CACHE.FETCHED_AT).from(CE_CACHE).where(CE_CACHE.CACHE_KEY.eq(key))
                .fetchOptional(r -> new Entry(r.value1(), r.value2().toInstant()));
    }

    /** The cached answer for {@code key} if it was fetched less than {@code maxAge} ago. */
    public Optional<Entry> fresh(String key, Duration maxAge) {
        Instant oldest = clock.instant().minus(maxAge);
        return get(key).filter(entry -> entry.fetchedAt().isAfter(oldest));
    }

    /** Stores (or replaces) the answer for {@code key}, fetched now. */
    public void put(String key, String body) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        db.insertInto(CE_CACHE)
                .set(CE_CACHE.CACHE_KEY, key)
                .set(CE_CACHE.BODY, body)
                .set(CE_CACHE.FETCHED_AT, now)
                .onDuplicateKeyUpdate()
                .set(CE_CACHE.BODY, body)
                .set(CE_CACHE.FETCHED_AT, now)
                .execute();
    }
}
