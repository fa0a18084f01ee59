package dev.skyway.portal.platform.jobs.internal;

import static dev.skyway.schema.platform.Tables.SYNC_STATUS;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.platform.jobs.SyncState;
import dev.skyway.portal.platform.jobs.SyncStatus;
import dev.skyway.schema.platform.tables.records.SyncStatusRecord;

/** The syncs' status rows, one per sync name (a sync that never ran has none). Callers hold the transaction. */
@Repository
public class SyncStatuses {

    static final int MAX_MESSAGE = 4000;

    private final DSLContext db;

    SyncStatuses(DSLContext db) {
        this.db = db;
    }

    public SyncStatus get(String name) {
        SyncStatusRecord r = db.selectFrom(SYNC_STATUS).where(SYNC_STATUS.NAME.eq(name)).fetchOne();
        if (r == null) {
            return SyncStatus.never();
        }
        return new SyncStatus(SyncState.valueOf(r.getState()), r.getSource(), instant(r.getStartedAt()),
                instant(r.getFinishedAt()), instant(r.getSucceededAt()), r.getMessage(), r.getAwsRequestId(),
                r.getItems());
    }

    public void started(String name, String source, Instant at) {
        int updated = db.update(SYNC_STATUS).set(SYNC_STATUS.STATE, SyncState.RUNNING.name())
                .set(SYNC_STATUS.SOURCE, source).set(SYNC_STATUS.STARTED_AT, time(at))
                .where(SYNC_STATUS.NAME.eq(name)).execute();
        if (updated == 0) {
            // the first run: the caller holds the sync's lock, so no other run inserts the row meanwhile
            db.insertInto(SYNC_STATUS).set(SYNC_STATUS.NAME, name).set(SYNC_STATUS.STATE, SyncState.RUNNING.name())
                    .set(SYNC_STATUS.SOURCE, source).set(SYNC_STATUS.STARTED_AT, time(at)).execute();
        }
    }

    public void succeeded(String name, Instant at, int items, String message) {
        db.update(SYNC_STATUS).set(SYNC_STATUS.STATE, SyncState.SUCCEEDED.name())
                .set(SYNC_STATUS.FINISHED_AT, time(at)).set(SYNC_STATUS.SUCCEEDED_AT, time(at))
                .set(SYNC_STATUS.ITEMS, items).set(SYNC_STATUS.MESSAGE, truncate(message))
                .setNull(SYNC_STATUS.AWS_REQUEST_ID).where(SYNC_STATUS.NAME.eq(name)).execute();
    }

    /** Keeps the last success's time and item count. */
    public void failed(String name, Instant at, String message, @Nullable String awsRequestId) {
        db.update(SYNC_STATUS).set(SYNC_STATUS.STATE, SyncState.FAILED.name())
                .set(SYNC_STATUS.FINISHED_AT, time(at)).set(SYNC_STATUS.MESSAGE, truncate(message))
                .set(SYNC_STATUS.AWS_REQUEST_ID, awsRequestId).where(SYNC_STATUS.NAME.eq(name)).execute();
    }

    private static String truncate(String message) {
        return message != null && message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) : message;
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
