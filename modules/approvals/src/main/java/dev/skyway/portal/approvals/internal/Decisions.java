package dev.skyway.portal.approvals.internal;

import static dev.skyway.schema.approvals.Tables.DECISION;
import static dev.skyway.schema.approvals.Tables.PROCESS;
import static dev.skyway.schema.approvals.Tables.STAGE;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.approvals.ApprovalDecision;
import dev.skyway.portal.approvals.DecisionOutcome;
import dev.skyway.portal.approvals.SubjectRef;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.UserKey;

/** Every decision ever made, bound to the subject hash it was made on; who decided is an identity key. */
@Repository
class Decisions {

    private final DSLContext dsl;

    Decisions(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** @return the new decision's id */
    UUID insert(UUID processId, UUID stageId, int revision, DecisionOutcome outcome, PortalUser actor,
                Delegations.@Nullable Active onBehalfOf, @Nullable String comment, String subjectHash,
                java.time.Instant now) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(DECISION)
                .set(DECISION.ID, id)
                .set(DECISION.PROCESS_ID, processId)
                .set(DECISION.STAGE_ID, stageId)
                .set(DECISION.REVISION, revision)
                .set(DECISION.OUTCOME, outcome.name())
                .set(DECISION.ACTOR_KEY, actor.key().canonical())
                .set(DECISION.ACTOR_USERNAME, actor.username())
                .set(DECISION.ACTOR_NAME, actor.name())
                .set(DECISION.ON_BEHALF_OF_KEY, onBehalfOf == null ? null : onBehalfOf.delegator().canonical())
                .set(DECISION.ON_BEHALF_OF, onBehalfOf == null ? null : onBehalfOf.delegatorUsername())
                .set(DECISION.COMMENT, comment)
                .set(DECISION.SUBJECT_HASH, subjectHash)
                .set(DECISION.DECIDED_AT, Rows.utc(now))
                .execute();
        return id;
    }

    /**
     * Decisions of each process, oldest first, by process id; one query, none for no processes. A process without
     * decisions is absent.
     */
    Map<UUID, List<ApprovalDecision>> ofProcesses(Collection<UUID> processIds) {
        if (processIds.isEmpty()) {
            return Map.of();
        }
        return select().where(DECISION.PROCESS_ID.in(processIds)).orderBy(DECISION.DECIDED_AT, DECISION.ID)
                .fetchGroups(DECISION.PROCESS_ID, Decisions::toDecision);
    }

    /**
     * How many approvals each of {@code stageIds} has, by stage id; one query, none for no stages. A stage without
     * approvals is absent.
     */
    Map<UUID, Integer> approvalCounts(Collection<UUID> stageIds) {
        if (stageIds.isEmpty()) {
            return Map.of();
        }
        return dsl.select(DECISION.STAGE_ID, DSL.count()).from(DECISION)
                .where(DECISION.STAGE_ID.in(stageIds).and(DECISION.OUTCOME.eq(DecisionOutcome.APPROVED.name())))
                .groupBy(DECISION.STAGE_ID).fetchMap(DECISION.STAGE_ID, DSL.count());
    }

    /** Decisions of one revision of a process (the ones that still count). */
    List<ApprovalDecision> ofRevision(UUID processId, int revision) {
        return select().where(DECISION.PROCESS_ID.eq(processId).and(DECISION.REVISION.eq(revision)))
                .orderBy(DECISION.DECIDED_AT, DECISION.ID).fetch(Decisions::toDecision);
    }

    /** What {@code actor} decided, newest first. */
    List<ApprovalDecision> byActor(UserKey actor, int offset, int limit) {
        return select().where(DECISION.ACTOR_KEY.eq(actor.canonical())).orderBy(DECISION.DECIDED_AT.desc())
                .offset(offset).limit(limit).fetch(Decisions::toDecision);
    }

    int countByActor(UserKey actor) {
        return dsl.fetchCount(DECISION, DECISION.ACTOR_KEY.eq(actor.canonical()));
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return dsl.select(DECISION.asterisk(), PROCESS.SUBJECT_TYPE, PROCESS.SUBJECT_ID, PROCESS.TITLE, STAGE.NAME)
                .from(DECISION)
                .join(PROCESS).on(PROCESS.ID.eq(DECISION.PROCESS_ID))
                .join(STAGE).on(STAGE.ID.eq(DECISION.STAGE_ID));
    }

    private static ApprovalDecision toDecision(Record r) {
        return new ApprovalDecision(r.get(DECISION.ID), r.get(DECISION.PROCESS_ID), r.get(DECISION.STAGE_ID),
                new SubjectRef(r.get(PROCESS.SUBJECT_TYPE), r.get(PROCESS.SUBJECT_ID), r.get(PROCESS.TITLE)),
                r.get(STAGE.NAME), DecisionOutcome.valueOf(r.get(DECISION.OUTCOME)),
                UserKey.parse(r.get(DECISION.ACTOR_KEY)), r.get(DECISION.ACTOR_USERNAME), r.get(DECISION.ACTOR_NAME),
                r.get(DECISION.ON_BEHALF_OF_KEY) == null ? null : UserKey.parse(r.get(DECISION.ON_BEHALF_OF_KEY)),
                r.get(DECISION.ON_BEHALF_OF), r.get(DECISION.COMMENT),
                r.get(DECISION.SUBJECT_HASH), Rows.instant(r.get(DECISION.DECIDED_AT)));
    }
}
