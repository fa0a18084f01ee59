package dev.skyway.portal.incidents.internal.postmortems;

import static dev.skyway.schema.incidents.Tables.POSTMORTEM;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.incidents.ActionItem;
import dev.skyway.portal.incidents.Participant;
import dev.skyway.portal.incidents.Postmortem;

/** The postmortems ({@code incidents.postmortem}), one per incident; a save is stored only at the version read. */
@Repository
public class PostmortemStore {

    private final DSLContext db;

    PostmortemStore(DSLContext db) {
        this.db = db;
    }

    /** The sections of a postmortem as written. */
    public record Sections(@Nullable String summary, @Nullable String impact, @Nullable String timeline,
                           @Nullable String rootCauses, @Nullable String wentWell, @Nullable String wentBadly) {
    }

    public Optional<Postmortem> find(UUID incidentId, List<ActionItem> items) {
        return db.selectFrom(POSTMORTEM).where(POSTMORTEM.INCIDENT_ID.eq(incidentId)).fetchOptional()
                .map(r -> new Postmortem(r.getIncidentId(), Postmortem.Status.valueOf(r.getStatus()), r.getSummary(),
                        r.getImpact(), r.getTimeline(), r.getRootCauses(), r.getWentWell(), r.getWentBadly(),
                        r.getAuthorName(), Times.instant(r.getUpdatedAt()), Times.instant(r.getPublishedAt()),
                        r.getVersion(), items));
    }

    public boolean exists(UUID incidentId) {
        return db.fetchExists(POSTMORTEM, POSTMORTEM.INCIDENT_ID.eq(incidentId));
    }

    public void insert(UUID incidentId, Sections s, Postmortem.Status status, Participant author, Instant at) {
        db.insertInto(POSTMORTEM).set(POSTMORTEM.INCIDENT_ID, incidentId).set(POSTMORTEM.STATUS, status.name())
                .set(POSTMORTEM.SUMMARY, s.summary()).set(POSTMORTEM.IMPACT, s.impact())
                .set(POSTMORTEM.TIMELINE, s.timeline()).set(POSTMORTEM.ROOT_CAUSES, s.rootCauses())
                .set(POSTMORTEM.WENT_WELL, s.wentWell()).set(POSTMORTEM.WENT_BADLY, s.wentBadly())
                .set(POSTMORTEM.AUTHOR_KEY, author.key().canonical()).set(POSTMORTEM.AUTHOR_NAME, author.name())
                .set(POSTMORTEM.CREATED_AT, Times.utc(at)).set(POSTMORTEM.UPDATED_AT, Times.utc(at))
                .set(POSTMORTEM.PUBLISHED_AT, status == Postmortem.Status.PUBLISHED ? Times.utc(at) : null)
                .set(POSTMORTEM.VERSION, 1).execute();
    }

    /**
     * @param version the version read; null stores regardless
     * @return false when someone saved it meanwhile
     */
    public boolean update(UUID incidentId, Sections s, Postmortem.Status status, @Nullable Integer version,
                          Instant at) {
        var where = POSTMORTEM.INCIDENT_ID.eq(incidentId);
        if (version != null) {
            where = where.and(POSTMORTEM.VERSION.eq(version));
        }
        return db.update(POSTMORTEM).set(POSTMORTEM.STATUS, status.name()).set(POSTMORTEM.SUMMARY, s.summary())
                .set(POSTMORTEM.IMPACT, s.impact()).set(POSTMORTEM.TIMELINE, s.timeline())
                .set(POSTMORTEM.ROOT_CAUSES, s.rootCauses()).set(POSTMORTEM.WENT_WELL, s.wentWell())
                .set(POSTMORTEM.WENT_BADLY, s.wentBadly()).set(POSTMORTEM.UPDATED_AT, Times.utc(at))
                .set(POSTMORTEM.PUBLISHED_AT, status == Postmortem.Status.PUBLISHED
                        ? org.jooq.impl.DSL.coalesce(POSTMORTEM.PUBLISHED_AT, Times.utc(at)) : null)
                .set(POSTMORTEM.VERSION, POSTMORTEM.VERSION.plus(1)).where(where).execute() == 1;
    }
}
