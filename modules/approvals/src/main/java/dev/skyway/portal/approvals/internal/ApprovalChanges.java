package dev.skyway.portal.approvals.internal;

import static dev.skyway.schema.approvals.Tables.DECISION;
import static dev.skyway.schema.approvals.Tables.PROCESS;
import static dev.skyway.schema.approvals.Tables.STAGE;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;

import dev.skyway.portal.approvals.DecisionOutcome;
import dev.skyway.portal.platform.changes.AccountChange;
import dev.skyway.portal.platform.changes.AccountChangeSource;

/**
 * Approval decisions on subjects that target an account, for {@link dev.skyway.portal.platform.changes.AccountChanges}
 * (an incident's "what changed"): a decision is what let a change through (or stopped it), so it is listed when it
 * was made. Subjects without an account are not account changes.
 */
@Component
class ApprovalChanges implements AccountChangeSource {

    static final String MODULE = "approvals";
    /** The kind of every change listed here. */
    static final String APPROVAL_DECIDED = "APPROVAL_DECIDED";
    /** Where the subject types the portal knows are shown; any other subject links to the approvals inbox. */
    private static final Map<String, String> PAGES = Map.of("product-request", "requests/",
            "account-request", "account-requests/");

    private final DSLContext dsl;

    ApprovalChanges(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<AccountChange> changes(String accountId, Instant from, Instant to) {
        return dsl.select(DECISION.DECIDED_AT, DECISION.OUTCOME, DECISION.ACTOR_NAME, DECISION.ON_BEHALF_OF,
                        PROCESS.ACCOUNT, PROCESS.SUBJECT_TYPE, PROCESS.SUBJECT_ID, PROCESS.TITLE, STAGE.NAME)
                .from(DECISION)
                .join(PROCESS).on(PROCESS.ID.eq(DECISION.PROCESS_ID))
                .join(STAGE).on(STAGE.ID.eq(DECISION.STAGE_ID))
                .where(PROCESS.ACCOUNT.eq(accountId))
                .and(DECISION.DECIDED_AT.ge(Rows.utc(from))).and(DECISION.DECIDED_AT.lt(Rows.utc(to)))
                .fetch(ApprovalChanges::change);
    }

    static AccountChange change(Record r) {
        String verb = switch (DecisionOutcome.valueOf(r.get(DECISION.OUTCOME))) {
            case APPROVED -> "Approved";
            case REJECTED -> "Rejected";
            case CHANGES_REQUESTED -> "Requested changes to";
        };
        String title = verb + " " + r.get(PROCESS.TITLE) + " (" + r.get(STAGE.NAME) + ")";
        String actor = r.get(DECISION.ON_BEHALF_OF) == null ? r.get(DECISION.ACTOR_NAME)
                : r.get(DECISION.ACTOR_NAME) + " for " + r.get(DECISION.ON_BEHALF_OF);
        String page = PAGES.get(r.get(PROCESS.SUBJECT_TYPE));
        return new AccountChange(r.get(PROCESS.ACCOUNT), r.get(DECISION.DECIDED_AT).toInstant(), APPROVAL_DECIDED,
                title.length() > 512 ? title.substring(0, 511) + "…" : title, actor,
                page == null ? "approvals" : page + r.get(PROCESS.SUBJECT_ID), MODULE);
    }
}
