package dev.skyway.portal.incidents.internal.lifecycle;

import static dev.skyway.schema.incidents.Tables.TIMELINE_ENTRY;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.incidents.Participant;
import dev.skyway.portal.incidents.TimelineEntry;

/** An incident's timeline ({@code incidents.timeline_entry}): entries are appended and read, never changed. */
@Repository
public class TimelineStore {

    private final DSLContext db;

    TimelineStore(DSLContext db) {
        this.db = db;
    }

    /** @param ref what the entry points at ({@code type} and {@code id}), or null */
    public void append(UUID incidentId, Instant at, String kind, Participant actor, String title,
                       @Nullable String body, @Nullable Ref ref) {
        db.insertInto(TIMELINE_ENTRY).set(TIMELINE_ENTRY.INCIDENT_ID, incidentId)
                .set(TIMELINE_ENTRY.AT, IncidentStore.utc(at)).set(TIMELINE_ENTRY.KIND, kind)
                .set(TIMELINE_ENTRY.ACTOR_KEY, actor.key().canonical()).set(TIMELINE_ENTRY.ACTOR_NAME, actor.name())
                .set(TIMELINE_ENTRY.TITLE, title.length() > 512 ? title.substring(0, 511) + "…" : title)
                .set(TIMELINE_ENTRY.BODY, body)
                .set(TIMELINE_ENTRY.REF_TYPE, ref == null ? null : ref.type())
                .set(TIMELINE_ENTRY.REF_ID, ref == null ? null : ref.id())
                .set(TIMELINE_ENTRY.LINK, ref == null ? null : ref.link()).execute();
    }

    /** Oldest first, in the order they were appended. */
    public List<TimelineEntry> of(UUID incidentId) {
        return db.selectFrom(TIMELINE_ENTRY).where(TIMELINE_ENTRY.INCIDENT_ID.eq(incidentId))
                .orderBy(TIMELINE_ENTRY.AT, TIMELINE_ENTRY.ID)
                .fetch(r -> new TimelineEntry(r.getId(), r.getAt().toInstant(), r.getKind(), r.getActorName(),
                        r.getTitle(), r.getBody(), r.getRefType(), r.getRefId(), r.getLink()));
    }

    /** What a timeline entry points at, e.g. {@code alert} and its id, with a link for people. */
    public record Ref(String type, String id, @Nullable String link) {
    }
}
