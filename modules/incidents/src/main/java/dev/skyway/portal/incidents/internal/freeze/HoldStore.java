package dev.skyway.portal.incidents.internal.freeze;

import static dev.skyway.schema.incidents.Tables.HOLD;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.approvals.HeldStage;
import dev.skyway.portal.platform.identity.UserKey;

/**
 * The changes an incident holds or held ({@code incidents.hold}), one row per incident and subject: the row stays
 * when the hold ends, with who ended it and why.
 */
@Repository
class HoldStore {

    static final String HELD = "HELD";
    static final String RELEASED = "RELEASED";
    static final String RELEASED_BY_COMMANDER = "RELEASED_BY_COMMANDER";

    private final DSLContext db;

    HoldStore(DSLContext db) {
        this.db = db;
    }

    /** How many changes all incidents hold now (one row per incident and subject). */
    int countHeld() {
        return db.fetchCount(HOLD, HOLD.STATUS.eq(HELD));
    }

    /** A hold as stored. */
    record Hold(UUID id, UUID incidentId, @Nullable String accountId, String subjectType, String subjectId,
                String subjectTitle, String status, Instant heldAt, @Nullable Instant releasedAt,
                @Nullable String releasedBy, @Nullable String releaseReason) {
    }

    /** Records that the incident holds the stage's subject (again, when it held it before). */
    void held(UUID incidentId, HeldStage stage, Instant at) {
        int updated = db.update(HOLD).set(HOLD.STATUS, HELD).set(HOLD.HELD_AT, utc(at))
                .set(HOLD.RELEASED_AT, (OffsetDateTime) null).set(HOLD.RELEASED_BY_KEY, (String) null)
                .set(HOLD.RELEASE_REASON, (String) null)
                .where(HOLD.INCIDENT_ID.eq(incidentId).and(HOLD.SUBJECT_TYPE.eq(stage.subject().type()))
                        .and(HOLD.SUBJECT_ID.eq(stage.subject().id())))
                .execute();
        if (updated == 0) {
            db.insertInto(HOLD).set(HOLD.ID, UUID.randomUUID()).set(HOLD.INCIDENT_ID, incidentId)
                    .set(HOLD.ACCOUNT_ID, FreezeRules.accountId(stage.account()))
                    .set(HOLD.SUBJECT_TYPE, stage.subject().type()).set(HOLD.SUBJECT_ID, stage.subject().id())
                    .set(HOLD.SUBJECT_TITLE, title(stage.subject().title())).set(HOLD.STATUS, HELD)
                    .set(HOLD.HELD_AT, utc(at)).execute();
        }
    }

    /** Ends the incident's hold on a subject; {@code by} is null when the freeze ended with the incident. */
    void released(UUID incidentId, String subjectType, String subjectId, String status, Instant at,
                  @Nullable UserKey by, @Nullable String reason) {
        db.update(HOLD).set(HOLD.STATUS, status).set(HOLD.RELEASED_AT, utc(at))
                .set(HOLD.RELEASED_BY_KEY, by == null ? null : by.canonical()).set(HOLD.RELEASE_REASON, reason)
                .where(HOLD.INCIDENT_ID.eq(incidentId).and(HOLD.SUBJECT_TYPE.eq(subjectType))
                        .and(HOLD.SUBJECT_ID.eq(subjectId)).and(HOLD.STATUS.eq(HELD)))
                .execute();
    }

    /** Whether the commander let this subject through the incident's freeze. */
    boolean releasedByCommander(UUID incidentId, String subjectType, String subjectId) {
        return db.fetchExists(HOLD, HOLD.INCIDENT_ID.eq(incidentId).and(HOLD.SUBJECT_TYPE.eq(subjectType))
                .and(HOLD.SUBJECT_ID.eq(subjectId)).and(HOLD.STATUS.eq(RELEASED_BY_COMMANDER)));
    }

    /** The incident's holds, newest first. */
    List<Hold> of(UUID incidentId) {
        return db.selectFrom(HOLD).where(HOLD.INCIDENT_ID.eq(incidentId)).orderBy(HOLD.HELD_AT.desc(), HOLD.ID)
                .fetch(r -> new Hold(r.getId(), r.getIncidentId(), r.getAccountId(), r.getSubjectType(),
                        r.getSubjectId(), r.getSubjectTitle(), r.getStatus(), r.getHeldAt().toInstant(),
                        r.getReleasedAt() == null ? null : r.getReleasedAt().toInstant(),
                        r.getReleasedByKey() == null ? null : UserKey.parse(r.getReleasedByKey()).reference(),
                        r.getReleaseReason()));
    }

    private static String title(String title) {
        return title.length() > 512 ? title.substring(0, 511) + "…" : title;
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
