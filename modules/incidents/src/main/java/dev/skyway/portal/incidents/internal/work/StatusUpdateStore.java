package dev.skyway.portal.incidents.internal.work;

import static dev.skyway.schema.incidents.Tables.STATUS_UPDATE;

import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.incidents.IncidentStatus;
import dev.skyway.portal.incidents.StatusUpdate;
import dev.skyway.portal.platform.identity.UserKey;

/** The status updates posted on an incident ({@code incidents.status_update}) and how their sending went. */
@Repository
public class StatusUpdateStore {

    private final DSLContext db;

    StatusUpdateStore(DSLContext db) {
        this.db = db;
    }

    /** Newest first. */
    public List<StatusUpdate> of(UUID incidentId) {
        return db.selectFrom(STATUS_UPDATE).where(STATUS_UPDATE.INCIDENT_ID.eq(incidentId))
                .orderBy(STATUS_UPDATE.POSTED_AT.desc(), STATUS_UPDATE.ID)
                .fetch(r -> new StatusUpdate(r.getId(), r.getIncidentId(),
                        IncidentStatus.valueOf(r.getIncidentStatus()), r.getBody(), r.getPostedByName(),
                        r.getPostedAt().toInstant(), r.getRecipients(), r.getFailures()));
    }

    public void insert(StatusUpdate update, UserKey postedBy) {
        db.insertInto(STATUS_UPDATE).set(STATUS_UPDATE.ID, update.id())
                .set(STATUS_UPDATE.INCIDENT_ID, update.incidentId())
                .set(STATUS_UPDATE.INCIDENT_STATUS, update.incidentStatus().name())
                .set(STATUS_UPDATE.BODY, update.message()).set(STATUS_UPDATE.POSTED_BY_KEY, postedBy.canonical())
                .set(STATUS_UPDATE.POSTED_BY_NAME, update.postedBy())
                .set(STATUS_UPDATE.POSTED_AT, update.postedAt().atOffset(ZoneOffset.UTC))
                .set(STATUS_UPDATE.RECIPIENTS, update.recipients()).set(STATUS_UPDATE.FAILURES, 0).execute();
    }

    public void sent(UUID id, int failures) {
        db.update(STATUS_UPDATE).set(STATUS_UPDATE.FAILURES, failures).where(STATUS_UPDATE.ID.eq(id)).execute();
    }
}
