package dev.skyway.portal.compliance.internal.drops;

import static dev.skyway.schema.compliance.Tables.DROPPED_FILE;
import static dev.skyway.schema.compliance.Tables.FINDING_IMPORT;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** {@code dropped_file}: each file version (key and ETag) taken from a drop location, with its import. */
@Repository
public class DroppedFiles {

    private final DSLContext db;

    DroppedFiles(DSLContext db) {
        this.db = db;
    }

    /** One taken file with what became of its import. */
    public record Taken(String store, String key, String eTag, Instant processedAt, @Nullable UUID importId,
                        @Nullable String status, @Nullable String format, long findings, @Nullable String error) {
    }

    /** The versions of {@code store}'s files already taken, as {@code key + '\n' + eTag}. */
    @Transactional(readOnly = true)
    Set<String> taken(String store) {
        return new HashSet<>(db.select(DROPPED_FILE.OBJECT_KEY, DROPPED_FILE.ETAG).from(DROPPED_FILE)
                .where(DROPPED_FILE.BUCKET.eq(store))
                .fetch(r -> version(r.value1(), r.value2())));
    }

    static String version(String key, String eTag) {
        return key + "\n" + eTag;
    }

    @Transactional
    void take(String store, DroppedObject object, @Nullable UUID importId, Instant at) {
        db.insertInto(DROPPED_FILE).set(DROPPED_FILE.BUCKET, store).set(DROPPED_FILE.OBJECT_KEY, cut(object.key()))
                .set(DROPPED_FILE.ETAG, object.eTag().length() > 255 ? object.eTag().substring(0, 255)
                        : object.eTag())
                .set(DROPPED_FILE.IMPORT_ID, importId).set(DROPPED_FILE.PROCESSED_AT, at.atOffset(ZoneOffset.UTC))
                .onDuplicateKeyIgnore().execute();
    }

    /** The latest files taken from any location, newest first. */
    @Transactional(readOnly = true)
    public List<Taken> recent(int limit) {
        return db.select(DROPPED_FILE.BUCKET, DROPPED_FILE.OBJECT_KEY, DROPPED_FILE.ETAG, DROPPED_FILE.PROCESSED_AT,
                        DROPPED_FILE.IMPORT_ID, FINDING_IMPORT.STATUS, FINDING_IMPORT.FORMAT,
                        FINDING_IMPORT.FINDING_COUNT, FINDING_IMPORT.ERROR)
                .from(DROPPED_FILE).leftJoin(FINDING_IMPORT).on(FINDING_IMPORT.ID.eq(DROPPED_FILE.IMPORT_ID))
                .orderBy(DROPPED_FILE.PROCESSED_AT.desc(), DROPPED_FILE.OBJECT_KEY).limit(limit)
                .fetch(r -> new Taken(r.value1(), r.value2(), r.value3(), r.value4().toInstant(), r.value5(),
                        r.value6(), r.value7(), r.value8() == null ? 0 : r.value8(), r.value9()));
    }

    private static String cut(String key) {
        return key.length() > 1024 ? key.substring(0, 1024) : key;
    }
}
