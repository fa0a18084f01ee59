package dev.skyway.portal.accounts.internal.requests;

import static dev.skyway.portal.accounts.internal.requests.AccountRequestStore.at;
import static dev.skyway.schema.accounts.Tables.ACCOUNT_REQUEST;
import static dev.skyway.schema.accounts.Tables.ACCOUNT_REQUEST_BASELINE;
import static dev.skyway.schema.accounts.Tables.ACCOUNT_REQUEST_EVENT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Component;

import dev.skyway.portal.accounts.AccountRequest;
import dev.skyway.portal.accounts.TimelineEntry;
import dev.skyway.portal.platform.changes.AccountChange;
import dev.skyway.portal.platform.changes.AccountChangeSource;

/**
 * What account requests changed on an account, for {@link dev.skyway.portal.platform.changes.AccountChanges}, from
 * their timelines and baselines: the account vended, each baseline deployed to it, its budget recorded, the account
 * closed, and a vending that failed after the account existed (a failed baseline says so in its reason). A closing
 * that failed counts only once AWS had accepted the closing call. The portal moves accounts between OUs only when
 * vending places a new one and when closing moves it to the Suspended OU, so there is no move of its own to list.
 */
@Component
class VendingChanges implements AccountChangeSource {

    static final String MODULE = "accounts";
    /** How much of a failure's reason a change's title keeps: the request's page has it whole. */
    static final int REASON_LENGTH = 160;

    private static final List<String> TIMELINE_CHANGES = List.of(TimelineEntry.Kind.PROVISIONED.name(),
            TimelineEntry.Kind.BUDGET.name(), TimelineEntry.Kind.CLOSED.name(), TimelineEntry.Kind.FAILED.name(),
            TimelineEntry.Kind.NEEDS_OPERATOR.name());
    private static final List<String> FAILURES = List.of(TimelineEntry.Kind.FAILED.name(),
            TimelineEntry.Kind.NEEDS_OPERATOR.name());
    private static final String CREATE = AccountRequest.Kind.CREATE.name();
    private static final String CLOSE = AccountRequest.Kind.CLOSE.name();

    private final DSLContext db;

    VendingChanges(DSLContext db) {
        this.db = db;
    }

    @Override
    public List<AccountChange> changes(String accountId, Instant from, Instant to) {
        List<AccountChange> changes = new ArrayList<>(timeline(accountId, from, to));
        changes.addAll(baselines(accountId, from, to));
        return changes;
    }

    private List<AccountChange> timeline(String accountId, Instant from, Instant to) {
        Condition ofTheAccount = ACCOUNT_REQUEST.KIND.eq(CREATE).and(ACCOUNT_REQUEST.ACCOUNT_ID.eq(accountId))
                .or(ACCOUNT_REQUEST.KIND.eq(CLOSE).and(ACCOUNT_REQUEST.TARGET_ACCOUNT_ID.eq(accountId)));
        // a vending failure is listed only once the account existed (its id is known, so it matched above); a
        // closing failure only once AWS had accepted the closing call
        Condition touched = ACCOUNT_REQUEST_EVENT.KIND.notIn(FAILURES).or(ACCOUNT_REQUEST.KIND.eq(CREATE))
                .or(ACCOUNT_REQUEST.OPERATION_ID.isNotNull());
        return db.select(ACCOUNT_REQUEST_EVENT.AT, ACCOUNT_REQUEST_EVENT.KIND, ACCOUNT_REQUEST_EVENT.MESSAGE,
                        ACCOUNT_REQUEST.ID, ACCOUNT_REQUEST.KIND, ACCOUNT_REQUEST.ACCOUNT_NAME, ACCOUNT_REQUEST.OU_PATH,
                        ACCOUNT_REQUEST.REQUESTER_NAME)
                .from(ACCOUNT_REQUEST_EVENT).join(ACCOUNT_REQUEST)
                .on(ACCOUNT_REQUEST_EVENT.REQUEST_ID.eq(ACCOUNT_REQUEST.ID))
                .where(ofTheAccount).and(ACCOUNT_REQUEST_EVENT.KIND.in(TIMELINE_CHANGES)).and(touched)
                .and(ACCOUNT_REQUEST_EVENT.AT.ge(at(from))).and(ACCOUNT_REQUEST_EVENT.AT.lt(at(to)))
                .fetch(r -> fromTimeline(accountId, r));
    }

    private static AccountChange fromTimeline(String accountId, Record r) {
        String name = r.get(ACCOUNT_REQUEST.ACCOUNT_NAME);
        String message = r.get(ACCOUNT_REQUEST_EVENT.MESSAGE);
        boolean closing = CLOSE.equals(r.get(ACCOUNT_REQUEST.KIND));
        String kind;
        String title;
        switch (TimelineEntry.Kind.valueOf(r.get(ACCOUNT_REQUEST_EVENT.KIND))) {
            case PROVISIONED -> {
                kind = AccountChange.ACCOUNT_VENDED;
                title = "Account " + name + " vended in " + r.get(ACCOUNT_REQUEST.OU_PATH);
            }
            case BUDGET -> {
                kind = AccountChange.BUDGET_CHANGED;
                title = message;
            }
            case CLOSED -> {
                kind = AccountChange.ACCOUNT_CLOSED;
                title = "Account " + name + " closed: suspended and moved to the Suspended OU";
            }
            default -> {
                kind = closing ? AccountChange.ACCOUNT_CLOSING_FAILED : AccountChange.ACCOUNT_VENDING_FAILED;
                title = (closing ? "Closing" : "Vending") + " of account " + name + " failed: " + shortened(message);
            }
        }
        return new AccountChange(accountId, r.get(ACCOUNT_REQUEST_EVENT.AT).toInstant(), kind, title,
                r.get(ACCOUNT_REQUEST.REQUESTER_NAME), link(r.get(ACCOUNT_REQUEST.ID)), MODULE);
    }

    private List<AccountChange> baselines(String accountId, Instant from, Instant to) {
        return db.select(ACCOUNT_REQUEST_BASELINE.BASELINE_ID, ACCOUNT_REQUEST_BASELINE.STACK_SET_NAME,
                        ACCOUNT_REQUEST_BASELINE.UPDATED_AT, ACCOUNT_REQUEST.ID, ACCOUNT_REQUEST.REQUESTER_NAME)
                .from(ACCOUNT_REQUEST_BASELINE).join(ACCOUNT_REQUEST)
                .on(ACCOUNT_REQUEST_BASELINE.REQUEST_ID.eq(ACCOUNT_REQUEST.ID))
                .where(ACCOUNT_REQUEST.KIND.eq(CREATE)).and(ACCOUNT_REQUEST.ACCOUNT_ID.eq(accountId))
                .and(ACCOUNT_REQUEST_BASELINE.STATE.eq(AccountRequest.BaselineDeployment.State.SUCCEEDED.name()))
                .and(ACCOUNT_REQUEST_BASELINE.UPDATED_AT.ge(at(from)))
                .and(ACCOUNT_REQUEST_BASELINE.UPDATED_AT.lt(at(to)))
                .fetch(r -> new AccountChange(accountId, r.get(ACCOUNT_REQUEST_BASELINE.UPDATED_AT).toInstant(),
                        AccountChange.BASELINE_DEPLOYED, "Baseline " + r.get(ACCOUNT_REQUEST_BASELINE.BASELINE_ID)
                        + " deployed (" + r.get(ACCOUNT_REQUEST_BASELINE.STACK_SET_NAME) + ")",
                        r.get(ACCOUNT_REQUEST.REQUESTER_NAME), link(r.get(ACCOUNT_REQUEST.ID)), MODULE));
    }

    private static String link(java.util.UUID requestId) {
        return "account-requests/" + requestId;
    }

    private static String shortened(String reason) {
        return reason.length() <= REASON_LENGTH ? reason : reason.substring(0, REASON_LENGTH - 1) + "…";
    }
}
