package dev.skyway.portal.incidents.internal.postmortems;

import static dev.skyway.schema.incidents.Tables.ACTION_ITEM;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.incidents.ActionItem;
import dev.skyway.schema.incidents.tables.records.ActionItemRecord;

/** The postmortems' action items ({@code incidents.action_item}) and when their owners were last reminded. */
@Repository
public class ActionItemStore {

    private final DSLContext db;

    ActionItemStore(DSLContext db) {
        this.db = db;
    }

    /** Oldest first. */
    public List<ActionItem> of(UUID incidentId) {
        return db.selectFrom(ACTION_ITEM).where(ACTION_ITEM.INCIDENT_ID.eq(incidentId))
                .orderBy(ACTION_ITEM.CREATED_AT, ACTION_ITEM.ID).fetch(ActionItemStore::item);
    }

    public Optional<ActionItem> find(UUID incidentId, UUID itemId) {
        return db.selectFrom(ACTION_ITEM).where(ACTION_ITEM.ID.eq(itemId).and(ACTION_ITEM.INCIDENT_ID.eq(incidentId)))
                .fetchOptional(ActionItemStore::item);
    }

    public void insert(ActionItem item) {
        db.insertInto(ACTION_ITEM).set(ACTION_ITEM.ID, item.id()).set(ACTION_ITEM.INCIDENT_ID, item.incidentId())
                .set(ACTION_ITEM.TITLE, item.title()).set(ACTION_ITEM.STATUS, item.status().name())
                .set(ACTION_ITEM.OWNER_NAME, item.owner()).set(ACTION_ITEM.DUE_DATE, item.dueDate())
                .set(ACTION_ITEM.CREATED_AT, Times.utc(item.createdAt()))
                .set(ACTION_ITEM.DONE_AT, Times.utc(item.doneAt())).execute();
    }

    public void update(ActionItem item) {
        db.update(ACTION_ITEM).set(ACTION_ITEM.TITLE, item.title()).set(ACTION_ITEM.STATUS, item.status().name())
                .set(ACTION_ITEM.OWNER_NAME, item.owner()).set(ACTION_ITEM.DUE_DATE, item.dueDate())
                .set(ACTION_ITEM.DONE_AT, Times.utc(item.doneAt()))
                .set(ACTION_ITEM.VERSION, ACTION_ITEM.VERSION.plus(1)).where(ACTION_ITEM.ID.eq(item.id())).execute();
    }

    /** Open items due before {@code today} whose owner was not reminded since {@code remindedBefore}. */
    public List<ActionItem> overdue(LocalDate today, Instant remindedBefore) {
        return db.selectFrom(ACTION_ITEM).where(ACTION_ITEM.STATUS.eq(ActionItem.Status.OPEN.name())
                        .and(ACTION_ITEM.DUE_DATE.lt(today))
                        .and(ACTION_ITEM.LAST_REMINDED_AT.isNull()
                                .or(ACTION_ITEM.LAST_REMINDED_AT.lt(Times.utc(remindedBefore)))))
                .orderBy(ACTION_ITEM.DUE_DATE, ACTION_ITEM.ID).fetch(ActionItemStore::item);
    }

    /**
     * Claims the day's reminder of an item: true only for the one caller that moved its last reminder before
     * {@code remindedBefore} to {@code at}, so an item is reminded once a day even with several replicas.
     */
    public boolean claimReminder(UUID itemId, Instant remindedBefore, Instant at) {
        return db.update(ACTION_ITEM).set(ACTION_ITEM.LAST_REMINDED_AT, Times.utc(at))
                .where(ACTION_ITEM.ID.eq(itemId).and(ACTION_ITEM.LAST_REMINDED_AT.isNull()
                        .or(ACTION_ITEM.LAST_REMINDED_AT.lt(Times.utc(remindedBefore))))).execute() == 1;
    }

    /** How many items are open, of every incident. */
    public int openCount() {
        return db.fetchCount(ACTION_ITEM, ACTION_ITEM.STATUS.eq(ActionItem.Status.OPEN.name()));
    }

    private static ActionItem item(ActionItemRecord r) {
        return new ActionItem(r.getId(), r.getIncidentId(), r.getTitle(), ActionItem.Status.valueOf(r.getStatus()),
                r.getOwnerName(), r.getDueDate(), r.getCreatedAt().toInstant(), Times.instant(r.getDoneAt()));
    }
}
