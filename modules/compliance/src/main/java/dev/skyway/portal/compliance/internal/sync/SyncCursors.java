package dev.skyway.portal.compliance.internal.sync;

import static dev.skyway.schema.compliance.Tables.SYNC_STATE;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** {@code sync_state}: where each source's sync left off (Security Hub's newest {@code UpdatedAt}). */
@Repository
class SyncCursors {

    private final DSLContext db;

    SyncCursors(DSLContext db) {
        this.db = db;
    }

    Optional<String> cursor(String source, String scope) {
        return db.select(SYNC_STATE.CURSOR_VALUE).from(SYNC_STATE)
                .where(SYNC_STATE.SOURCE.eq(source).and(SYNC_STATE.SCOPE.eq(scope)))
                .fetchOptional(SYNC_STATE.CURSOR_VALUE);
    }

    /** A successful run: its cursor (absent keeps the one before), how many items it brought. */
    void succeeded(String source, String scope, @Nullable String cursor, long items, Instant started, Instant at) {
        OffsetDateTime now = at.atOffset(ZoneOffset.UTC);
        String keep = cursor != null ? cursor : cursor(source, scope).orElse(null);
        int updated = db.update(SYNC_STATE).set(SYNC_STATE.CURSOR_VALUE, keep).set(SYNC_STATE.ITEMS, items)
                .set(SYNC_STATE.LAST_STARTED_AT, started.atOffset(ZoneOffset.UTC))
                .set(SYNC_STATE.LAST_SUCCESS_AT, now).set(SYNC_STATE.LAST_ERROR, (String) null)
                .set(SYNC_STATE.UPDATED_AT, now)
                .where(SYNC_STATE.SOURCE.eq(source).and(SYNC_STATE.SCOPE.eq(scope))).execute();
        if (updated == 0) {
            db.insertInto(SYNC_STATE).set(SYNC_STATE.SOURCE, source).set(SYNC_STATE.SCOPE, scope)
                    .set(SYNC_STATE.CURSOR_VALUE, keep).set(SYNC_STATE.ITEMS, items)
                    .set(SYNC_STATE.LAST_STARTED_AT, started.atOffset(ZoneOffset.UTC))
                    .set(SYNC_STATE.LAST_SUCCESS_AT, now).set(SYNC_STATE.UPDATED_AT, now).execute();
        }
    }
}
