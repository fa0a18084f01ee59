package dev.skyway.portal.incidents.internal.work;

import static dev.skyway.schema.incidents.Tables.TASK;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.incidents.IncidentTask;
import dev.skyway.portal.platform.identity.UserKey;
import dev.skyway.schema.incidents.tables.records.TaskRecord;

/** An incident's tasks ({@code incidents.task}). */
@Repository
public class TaskStore {

    static final String OPEN = "OPEN";
    static final String DONE = "DONE";

    private final DSLContext db;

    TaskStore(DSLContext db) {
        this.db = db;
    }

    /** Oldest first. */
    public List<IncidentTask> of(UUID incidentId) {
        return db.selectFrom(TASK).where(TASK.INCIDENT_ID.eq(incidentId)).orderBy(TASK.CREATED_AT, TASK.ID)
                .fetch(TaskStore::task);
    }

    public Optional<IncidentTask> find(UUID incidentId, UUID taskId) {
        return db.selectFrom(TASK).where(TASK.ID.eq(taskId).and(TASK.INCIDENT_ID.eq(incidentId)))
                .fetchOptional(TaskStore::task);
    }

    public void insert(IncidentTask task, UserKey createdBy) {
        db.insertInto(TASK).set(TASK.ID, task.id()).set(TASK.INCIDENT_ID, task.incidentId())
                .set(TASK.TITLE, task.title()).set(TASK.STATUS, task.done() ? DONE : OPEN)
                .set(TASK.OWNER_NAME, task.owner())
                .set(TASK.CREATED_BY_KEY, createdBy.canonical())
                .set(TASK.CREATED_AT, task.createdAt().atOffset(ZoneOffset.UTC))
                .set(TASK.DONE_AT, utc(task.doneAt())).execute();
    }

    public void update(IncidentTask task) {
        db.update(TASK).set(TASK.TITLE, task.title()).set(TASK.STATUS, task.done() ? DONE : OPEN)
                .set(TASK.OWNER_NAME, task.owner()).set(TASK.DONE_AT, utc(task.doneAt()))
                .set(TASK.VERSION, TASK.VERSION.plus(1)).where(TASK.ID.eq(task.id())).execute();
    }

    private static java.time.@org.jspecify.annotations.Nullable OffsetDateTime utc(
            @org.jspecify.annotations.Nullable Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }

    private static IncidentTask task(TaskRecord r) {
        return new IncidentTask(r.getId(), r.getIncidentId(), r.getTitle(), DONE.equals(r.getStatus()),
                r.getOwnerName(), UserKey.parse(r.getCreatedByKey()).subject(), r.getCreatedAt().toInstant(),
                r.getDoneAt() == null ? null : r.getDoneAt().toInstant());
    }
}
