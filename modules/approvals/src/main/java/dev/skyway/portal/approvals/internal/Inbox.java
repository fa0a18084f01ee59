package dev.skyway.portal.approvals.internal;

import static dev.skyway.schema.approvals.Tables.DECISION;
import static dev.skyway.schema.approvals.Tables.PROCESS;
import static dev.skyway.schema.approvals.Tables.STAGE;
import static dev.skyway.schema.approvals.Tables.STAGE_APPROVER;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.approvals.ProcessStatus;
import dev.skyway.portal.approvals.StageStatus;
import dev.skyway.portal.approvals.TaskCounts;
import dev.skyway.portal.approvals.TaskQuery;
import dev.skyway.portal.approvals.internal.Rows.ProcessRow;
import dev.skyway.portal.approvals.internal.Rows.StageRow;
import dev.skyway.portal.platform.identity.UserKey;

/** The open stages someone may decide: paged, filtered, soonest due first. */
@Repository
class Inbox {

    private final DSLContext dsl;

    Inbox(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A stage with its process, as the inbox lists it. */
    record Entry(StageRow stage, ProcessRow process) {
    }

    /**
     * Open stages that ask one of {@code people} (by key) or {@code roles}, of processes {@code me} did not request,
     * that {@code me} has not decided yet.
     */
    List<Entry> open(UserKey me, Set<UserKey> people, Set<String> roles, TaskQuery query, int offset, int limit) {
        return dsl.select(STAGE.asterisk(), PROCESS.asterisk()).from(STAGE)
                .join(PROCESS).on(PROCESS.ID.eq(STAGE.PROCESS_ID))
                .where(condition(me, people, roles, query))
                .orderBy(STAGE.DUE_AT.asc().nullsLast(), STAGE.ID)
                .offset(offset).limit(limit)
                .fetch(r -> new Entry(Stages.toRow(r.into(STAGE)), Processes.toRow(r)));
    }

    /** The open stage {@code stageId} if {@code me} may decide it now, on the same terms as {@link #open}. */
    Optional<Entry> one(UserKey me, Set<UserKey> people, Set<String> roles, UUID stageId) {
        return dsl.select(STAGE.asterisk(), PROCESS.asterisk()).from(STAGE)
                .join(PROCESS).on(PROCESS.ID.eq(STAGE.PROCESS_ID))
                .where(STAGE.ID.eq(stageId).and(condition(me, people, roles, TaskQuery.all())))
                .fetchOptional(r -> new Entry(Stages.toRow(r.into(STAGE)), Processes.toRow(r)));
    }

    int count(UserKey me, Set<UserKey> people, Set<String> roles, TaskQuery query) {
        return dsl.fetchCount(dsl.select(STAGE.ID).from(STAGE).join(PROCESS).on(PROCESS.ID.eq(STAGE.PROCESS_ID))
                .where(condition(me, people, roles, query)));
    }

    /** Open tasks as {@link #count} counts them, and how many are overdue or due within a day of {@code now}. */
    TaskCounts counts(UserKey me, Set<UserKey> people, Set<String> roles, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        return dsl.select(DSL.count(), DSL.count().filterWhere(STAGE.DUE_AT.lt(at)),
                        DSL.count().filterWhere(STAGE.DUE_AT.ge(at).and(STAGE.DUE_AT.lt(at.plusDays(1)))))
                .from(STAGE).join(PROCESS).on(PROCESS.ID.eq(STAGE.PROCESS_ID))
                .where(condition(me, people, roles, TaskQuery.all()))
                .fetchSingle(r -> new TaskCounts(r.value1(), r.value2(), r.value3()));
    }

    private static Condition condition(UserKey me, Set<UserKey> people, Set<String> roles, TaskQuery query) {
        Condition asked = STAGE_APPROVER.KIND.eq(Rows.Approver.USER)
                .and(STAGE_APPROVER.APPROVER.in(people.stream().map(UserKey::canonical).toList()));
        if (!roles.isEmpty()) {
            asked = asked.or(STAGE_APPROVER.KIND.eq(Rows.Approver.ROLE).and(STAGE_APPROVER.APPROVER.in(roles)));
        }
        Condition c = STAGE.STATUS.eq(StageStatus.OPEN.name())
                .and(PROCESS.STATUS.eq(ProcessStatus.PENDING.name()))
                .and(DSL.not(PROCESS.REQUESTER_ISSUER.eq(me.issuer()).and(PROCESS.REQUESTER_SUBJECT.eq(me.subject()))))
                .and(DSL.exists(DSL.selectOne().from(STAGE_APPROVER)
                        .where(STAGE_APPROVER.STAGE_ID.eq(STAGE.ID)).and(asked)))
                .and(DSL.notExists(DSL.selectOne().from(DECISION)
                        .where(DECISION.STAGE_ID.eq(STAGE.ID)).and(DECISION.ACTOR_KEY.eq(me.canonical()))));
        if (query.subjectType() != null && !query.subjectType().isBlank()) {
            c = c.and(PROCESS.SUBJECT_TYPE.eq(query.subjectType()));
        }
        if (query.environment() != null && !query.environment().isBlank()) {
            c = c.and(PROCESS.ENVIRONMENT.eq(query.environment().toLowerCase()));
        }
        if (query.text() != null && !query.text().isBlank()) {
            String text = query.text().strip();
            c = c.and(PROCESS.TITLE.containsIgnoreCase(text).or(PROCESS.SUBJECT_ID.containsIgnoreCase(text)));
        }
        return c;
    }

}
