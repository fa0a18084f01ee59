package dev.skyway.portal.accounts.internal;

import static dev.skyway.schema.accounts.Tables.SYNC_STATUS;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.accounts.SyncStatus;
import dev.skyway.schema.accounts.tables.records.SyncStatusRecord;

/** The inventory sync's status row. */
@Repository
public class InventorySyncStatuses {

    static final String ID = "accounts";

    private final DSLContext db;

    InventorySyncStatuses(DSLContext db) {
        this.db = db;
    }

    public SyncStatus get() {
        SyncStatusRecord r = db.selectFrom(SYNC_STATUS).where(SYNC_STATUS.ID.eq(ID)).fetchSingle();
        return new SyncStatus(SyncStatus.State.valueOf(r.getState()), r.getSource(), instant(r.getStartedAt()),
                instant(r.getFinishedAt()), instant(r.getSucceededAt()), r.getMessage(), r.getAwsRequestId(),
                r.getAccounts());
    }

    public void started(String source, Instant at) {
        db.update(SYNC_STATUS).set(SYNC_STATUS.STATE, SyncStatus.State.RUNNING.name()).set(SYNC_STATUS.SOURCE, source)
                .set(SYNC_STATUS.STARTED_AT, time(at)).where(SYNC_STATUS.ID.eq(ID)).execute();
    }

    public void succeeded(Instant at, int accounts, String message) {
        db.update(SYNC_STATUS).set(SYNC_STATUS.STATE, SyncStatus.State.SUCCEEDED.name())
                .set(SYNC_STATUS.FINISHED_AT, time(at)).set(SYNC_STATUS.SUCCEEDED_AT, time(at))
                .set(SYNC_STATUS.ACCOUNTS, accounts).set(SYNC_STATUS.MESSAGE, message)
                .setNull(SYNC_STATUS.AWS_REQUEST_ID).where(SYNC_STATUS.ID.eq(ID)).execute();
    }

    public void failed(Instant at, String message, String awsRequestId) {
        db.update(SYNC_STATUS).set(SYNC_STATUS.STATE, SyncStatus.State.FAILED.name())
                .set(SYNC_STATUS.FINISHED_AT, time(at)).set(SYNC_STATUS.MESSAGE, truncate(message))
                .set(SYNC_STATUS.AWS_REQUEST_ID, awsRequestId).where(SYNC_STATUS.ID.eq(ID)).execute();
    }

    private static String truncate(String message) {
        return message != null && message.length() > 4000 ? message.substring(0, 4000) : message;
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
