package dev.skyway.portal.approvals.internal;

import static dev.skyway.schema.approvals.Tables.PROCESS;
import static dev.skyway.schema.approvals.Tables.STAGE;
import static dev.skyway.schema.approvals.Tables.STAGE_APPROVER;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.approvals.ApprovalMode;
import dev.skyway.portal.approvals.ProcessStatus;
import dev.skyway.portal.approvals.StageHold;
import dev.skyway.portal.approvals.StageStatus;
import dev.skyway.portal.approvals.internal.Rows.Approver;
import dev.skyway.portal.approvals.internal.Rows.StageRow;
import dev.skyway.schema.approvals.tables.records.StageApproverRecord;
import dev.skyway.schema.approvals.tables.records.StageRecord;

/** The stages of processes and the approvers each one asks. */
@Repository
class Stages {

    private final DSLContext dsl;

    Stages(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(StageRow s, Collection<Approver> approvers) {
        dsl.insertInto(STAGE)
                .set(STAGE.ID, s.id())
                .set(STAGE.PROCESS_ID, s.processId())
                .set(STAGE.REVISION, s.revision())
                .set(STAGE.POSITION, s.position())
                .set(STAGE.NAME, s.name())
                .set(STAGE.MODE, s.mode().name())
                .set(STAGE.REQUIRED_APPROVALS, s.requiredApprovals())
                .set(STAGE.STATUS, s.status().name())
                .set(STAGE.HELD, s.held())
                .set(STAGE.SLA, s.sla().toString())
                .set(STAGE.ESCALATE_TO_ROLE, s.escalateToRole())
                .execute();
        approvers.forEach(a -> addApprover(s.id(), a));
    }

    void addApprover(UUID stageId, Approver a) {
        if (!dsl.fetchExists(STAGE_APPROVER, STAGE_APPROVER.STAGE_ID.eq(stageId)
                .and(STAGE_APPROVER.KIND.eq(a.kind())).and(STAGE_APPROVER.APPROVER.eq(a.value())))) {
            dsl.insertInto(STAGE_APPROVER)
                    .set(STAGE_APPROVER.STAGE_ID, stageId)
                    .set(STAGE_APPROVER.KIND, a.kind())
                    .set(STAGE_APPROVER.APPROVER, a.value())
                    .set(STAGE_APPROVER.ESCALATION, a.escalation())
                    .execute();
        }
    }

    List<Approver> approvers(UUID stageId) {
        return dsl.selectFrom(STAGE_APPROVER).where(STAGE_APPROVER.STAGE_ID.eq(stageId))
                .orderBy(STAGE_APPROVER.ESCALATION, STAGE_APPROVER.KIND.desc(), STAGE_APPROVER.APPROVER)
                .fetch(Stages::toApprover);
    }

    /**
     * The approvers of each of {@code stageIds}, in {@link #approvers(UUID)}'s order; one query, none for no stages.
     * A stage without approvers is absent.
     */
    Map<UUID, List<Approver>> approvers(Collection<UUID> stageIds) {
        if (stageIds.isEmpty()) {
            return Map.of();
        }
        return dsl.selectFrom(STAGE_APPROVER).where(STAGE_APPROVER.STAGE_ID.in(stageIds))
                .orderBy(STAGE_APPROVER.ESCALATION, STAGE_APPROVER.KIND.desc(), STAGE_APPROVER.APPROVER)
                .fetchGroups(STAGE_APPROVER.STAGE_ID, Stages::toApprover);
    }

    Optional<StageRow> find(UUID id) {
        return dsl.selectFrom(STAGE).where(STAGE.ID.eq(id)).fetchOptional(Stages::toRow);
    }

    /** The stages of one revision, in order. */
    List<StageRow> ofRevision(UUID processId, int revision) {
        return dsl.selectFrom(STAGE).where(STAGE.PROCESS_ID.eq(processId).and(STAGE.REVISION.eq(revision)))
                .orderBy(STAGE.POSITION).fetch(Stages::toRow);
    }

    /**
     * The stages of one revision of each process ({@code revisions}: process id to revision), in order, by process
     * id; one query, none for no processes. A process without stages in that revision is absent.
     */
    Map<UUID, List<StageRow>> ofRevisions(Map<UUID, Integer> revisions) {
        if (revisions.isEmpty()) {
            return Map.of();
        }
        return dsl.selectFrom(STAGE)
                .where(DSL.row(STAGE.PROCESS_ID, STAGE.REVISION).in(revisions.entrySet().stream()
                        .map(r -> DSL.row(r.getKey(), r.getValue())).toList()))
                .orderBy(STAGE.POSITION).fetchGroups(STAGE.PROCESS_ID, Stages::toRow);
    }

    /** How many stages one revision of each process has, by process id; one query, none for no processes. */
    Map<UUID, Integer> countsOfRevisions(Map<UUID, Integer> revisions) {
        if (revisions.isEmpty()) {
            return Map.of();
        }
        // by process id, the revision matched here: PostgreSQL took 130 ms to plan a 500-pair row-value IN list
        Map<UUID, Integer> counts = new HashMap<>();
        dsl.select(STAGE.PROCESS_ID, STAGE.REVISION, DSL.count()).from(STAGE)
                .where(STAGE.PROCESS_ID.in(revisions.keySet()))
                .groupBy(STAGE.PROCESS_ID, STAGE.REVISION)
                .forEach(r -> {
                    if (r.value2().equals(revisions.get(r.value1()))) {
                        counts.put(r.value1(), r.value3());
                    }
                });
        return counts;
    }

    /** Opens a waiting stage (or holds it when {@code held}); a held stage has no due time yet. */
    void open(UUID id, Instant now, Instant dueAt, boolean held) {
        dsl.update(STAGE)
                .set(STAGE.STATUS, (held ? StageStatus.HELD : StageStatus.OPEN).name())
                .set(STAGE.OPENED_AT, Rows.utc(now))
                .set(STAGE.DUE_AT, held ? null : Rows.utc(dueAt))
                .where(STAGE.ID.eq(id))
                .execute();
    }

    /** Opens a held stage: its due time counts from now, and nobody holds it any more. */
    void release(UUID id, Instant dueAt) {
        dsl.update(STAGE).set(STAGE.STATUS, StageStatus.OPEN.name()).set(STAGE.DUE_AT, Rows.utc(dueAt))
                .set(STAGE.HOLD_KIND, (String) null).set(STAGE.HOLD_REF, (String) null)
                .set(STAGE.HOLD_REASON, (String) null).set(STAGE.HOLD_LINK, (String) null)
                .where(STAGE.ID.eq(id).and(STAGE.STATUS.eq(StageStatus.HELD.name()))).execute();
    }

    /**
     * Holds a stage for {@code hold}'s holder: a waiting stage opening now ({@code openedAt} given), an open one
     * (its opening time stays), or a held one changing holder. A held stage has no due time: its SLA starts at release.
     */
    void hold(UUID id, @Nullable Instant openedAt, StageHold hold) {
        var update = dsl.update(STAGE).set(STAGE.STATUS, StageStatus.HELD.name()).set(STAGE.DUE_AT, (OffsetDateTime) null)
                .set(STAGE.HOLD_KIND, hold.kind()).set(STAGE.HOLD_REF, hold.reference())
                .set(STAGE.HOLD_REASON, hold.reason()).set(STAGE.HOLD_LINK, hold.link());
        (openedAt == null ? update : update.set(STAGE.OPENED_AT, Rows.utc(openedAt))).where(STAGE.ID.eq(id)).execute();
    }

    /** The stage and process ids of the open stages of pending processes on {@code account} (any, when null). */
    List<Map.Entry<UUID, UUID>> openOn(@Nullable String account) {
        Condition on = STAGE.STATUS.eq(StageStatus.OPEN.name()).and(PROCESS.STATUS.eq(ProcessStatus.PENDING.name()))
                .and(STAGE.REVISION.eq(PROCESS.REVISION));
        return dsl.select(STAGE.ID, STAGE.PROCESS_ID).from(STAGE).join(PROCESS).on(PROCESS.ID.eq(STAGE.PROCESS_ID))
                .where(account == null ? on : on.and(PROCESS.ACCOUNT.eq(account)))
                .orderBy(STAGE.OPENED_AT, STAGE.ID)
                .fetch(r -> Map.entry(r.value1(), r.value2()));
    }

    /** The stages {@code kind}/{@code reference} holds now, oldest opened first. */
    List<StageRow> heldBy(String kind, String reference) {
        return dsl.selectFrom(STAGE).where(STAGE.STATUS.eq(StageStatus.HELD.name())
                        .and(STAGE.HOLD_KIND.eq(kind)).and(STAGE.HOLD_REF.eq(reference)))
                .orderBy(STAGE.OPENED_AT, STAGE.ID).fetch(Stages::toRow);
    }

    void complete(UUID id, StageStatus status, Instant now) {
        dsl.update(STAGE).set(STAGE.STATUS, status.name()).set(STAGE.COMPLETED_AT, Rows.utc(now))
                .where(STAGE.ID.eq(id)).execute();
    }

    /** Closes the undecided stages (waiting, open, held) of a revision: the subject was withdrawn. */
    void withdraw(UUID processId, int revision, Instant now) {
        dsl.update(STAGE).set(STAGE.STATUS, StageStatus.WITHDRAWN.name()).set(STAGE.COMPLETED_AT, Rows.utc(now))
                .where(STAGE.PROCESS_ID.eq(processId).and(STAGE.REVISION.eq(revision))
                        .and(STAGE.STATUS.in(StageStatus.WAITING.name(), StageStatus.OPEN.name(),
                                StageStatus.HELD.name())))
                .execute();
    }

    /** Marks every undecided stage of a revision as superseded (the subject was edited). */
    void supersede(UUID processId, int revision, Instant now) {
        dsl.update(STAGE).set(STAGE.STATUS, StageStatus.SUPERSEDED.name()).set(STAGE.COMPLETED_AT, Rows.utc(now))
                .where(STAGE.PROCESS_ID.eq(processId).and(STAGE.REVISION.eq(revision)))
                .execute();
    }

    /** Open stages whose reminder time has come and who were not reminded yet. */
    List<StageRow> dueForReminder(Instant now, Duration before) {
        return dsl.selectFrom(STAGE)
                .where(STAGE.STATUS.eq(StageStatus.OPEN.name()).and(STAGE.REMINDED_AT.isNull())
                        .and(STAGE.DUE_AT.le(Rows.utc(now.plus(before)))).and(STAGE.DUE_AT.gt(Rows.utc(now))))
                .fetch(Stages::toRow);
    }

    /** Open stages past their due time that were not escalated yet. */
    List<StageRow> overdue(Instant now) {
        return dsl.selectFrom(STAGE)
                .where(STAGE.STATUS.eq(StageStatus.OPEN.name()).and(STAGE.ESCALATED_AT.isNull())
                        .and(STAGE.DUE_AT.le(Rows.utc(now))))
                .fetch(Stages::toRow);
    }

    void markReminded(UUID id, Instant now) {
        dsl.update(STAGE).set(STAGE.REMINDED_AT, Rows.utc(now)).where(STAGE.ID.eq(id)).execute();
    }

    void markEscalated(UUID id, Instant now) {
        dsl.update(STAGE).set(STAGE.ESCALATED_AT, Rows.utc(now)).where(STAGE.ID.eq(id)).execute();
    }

    private static Approver toApprover(StageApproverRecord r) {
        return new Approver(r.getKind(), r.getApprover(), r.getEscalation());
    }

    static StageRow toRow(StageRecord r) {
        return new StageRow(r.getId(), r.getProcessId(), r.getRevision(), r.getPosition(), r.getName(),
                ApprovalMode.valueOf(r.getMode()), r.getRequiredApprovals(), StageStatus.valueOf(r.getStatus()),
                r.getHeld(), Duration.parse(r.getSla()), r.getEscalateToRole(), Rows.instant(r.getOpenedAt()),
                Rows.instant(r.getDueAt()), Rows.instant(r.getRemindedAt()), Rows.instant(r.getEscalatedAt()),
                Rows.instant(r.getCompletedAt()), r.getHoldKind() == null ? null
                : new StageHold(r.getHoldKind(), r.getHoldRef(), r.getHoldReason(), r.getHoldLink()));
    }
}
