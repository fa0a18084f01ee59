package dev.skyway.portal.accounts;

import static dev.skyway.portal.accounts.AccountRequestStatus.CHANGES_REQUESTED;
import static dev.skyway.portal.accounts.AccountRequestStatus.CLOSING;
import static dev.skyway.portal.accounts.AccountRequestStatus.PENDING_APPROVAL;
import static dev.skyway.portal.accounts.AccountRequestStatus.PROVISIONING;
import static dev.skyway.portal.accounts.AccountRequestStatus.QUEUED;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.skyway.portal.accounts.AccountRequest.Progress;
import dev.skyway.portal.accounts.AccountRequest.Timing;
import dev.skyway.portal.accounts.AccountRequest.Vending;
import dev.skyway.portal.accounts.AccountRequestChanged.Action;
import dev.skyway.portal.accounts.TimelineEntry.Kind;
import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.audit.AuditableEvent;
import dev.skyway.portal.platform.identity.PortalUser;

/**
 * The moves of one account request: the only code that changes its status. Each checks where the request stands,
 * refuses a move that is not allowed from there ({@link IllegalTransitionException}), and returns the
 * {@link AccountRequestTransition}: the request after it, its timeline lines and the events it raises, which the
 * store persists. Nothing here reads the database or calls AWS.
 *
 * <pre>
 * PENDING_APPROVAL  → PENDING_APPROVAL (resubmit) | CHANGES_REQUESTED | REJECTED | QUEUED (approve) | CANCELLED
 * CHANGES_REQUESTED → the same
 * QUEUED            → PROVISIONING (startVending) | CLOSING (startClosing) | CANCELLED
 * PROVISIONING      → PROVISIONED (complete) | FAILED (fail) | NEEDS_OPERATOR (needOperator)
 * CLOSING           → CLOSED (finishClosing) | FAILED (fail)
 * </pre>
 */
public final class AccountRequestLifecycle {

    /** The vendor name of a closing request's calls. */
    public static final String CLOSER = "closer";

    private final AccountRequest request;

    AccountRequestLifecycle(AccountRequest request) {
        this.request = request;
    }

    /** Whether the approval engine's verdict on this version is still awaited. */
    public boolean awaitsVerdictOn(String subjectHash) {
        return awaitsVerdict() && request.approval().subjectHash().equals(subjectHash);
    }

    /** Whether the requester may still edit and resubmit it: a creation request not yet decided. */
    public boolean editable() {
        return request.kind() == AccountRequest.Kind.CREATE && awaitsVerdict();
    }

    /** Whether it may be cancelled: queued (requester or admin), or still in approval (the requester only). */
    public boolean cancellableBy(boolean requester, boolean admin) {
        return request.status() == QUEUED && (requester || admin) || requester && awaitsVerdict();
    }

    /** @throws IllegalTransitionException when the request can no longer be edited */
    public void requireEditable() {
        if (!editable()) {
            throw refused("can no longer be edited");
        }
    }

    /** Just stored and handed to the approval engine. */
    public AccountRequestTransition submit(PortalUser by, Instant now) {
        require(request.status() == PENDING_APPROVAL, "cannot be submitted again");
        boolean close = request.kind() == AccountRequest.Kind.CLOSE;
        Map<String, String> details = close
                ? Map.of("accountId", request.targetAccountId(), "accountName", request.accountName())
                : Map.of("accountName", request.accountName(), "ouId", request.placement().id(), "environment",
                request.ownership().environment(), "monthlyBudget", request.monthlyBudget().toPlainString());
        return moved(request, entry(now, Kind.SUBMITTED, (close ? "Closing requested by " : "Submitted by ")
                + by.name()), event(close ? Action.CLOSE_REQUESTED : Action.REQUEST_SUBMITTED, details, by));
    }

    /** The requester edited it ({@code edited}: the same request with the new facts); approval starts over. */
    public AccountRequestTransition resubmit(AccountRequest edited, PortalUser by, Instant now) {
        requireEditable();
        AccountRequest after = edited.with(new Progress(PENDING_APPROVAL, null, progress().failureCode(),
                progress().queueRank()), request.vending(), request.timing().updated(now));
        return moved(after, entry(now, Kind.RESUBMITTED, "Edited and resubmitted by " + by.name()),
                event(Action.REQUEST_RESUBMITTED, Map.of("accountName", edited.accountName()), by));
    }

    /** Approved (by its last stage or a rule): it joins the vending queue at {@code queueRank}. */
    public AccountRequestTransition approve(String ruleName, boolean automatic, long queueRank, Instant now) {
        require(awaitsVerdict(), "cannot be approved");
        Timing t = request.timing();
        AccountRequest after = request.with(new Progress(QUEUED, null, progress().failureCode(), queueRank),
                request.vending(), new Timing(t.createdAt(), now, now, t.startedAt(), t.finishedAt()));
        return moved(after, List.of(
                        entry(now, Kind.APPROVED, (automatic ? "Approved automatically (rule " : "Approved (rule ")
                                + ruleName + ")"),
                        entry(now, Kind.QUEUED, request.kind() == AccountRequest.Kind.CLOSE
                                ? "Waiting to close the account" : "Waiting in the vending queue")),
                List.of(event(Action.REQUEST_QUEUED, Map.of("kind", request.kind().name()), system())));
    }

    /** An approver rejected it at {@code stage}; it is over. */
    public AccountRequestTransition reject(String stage, String reason, Instant now) {
        require(awaitsVerdict(), "cannot be rejected");
        return moved(ended(AccountRequestStatus.REJECTED, reason, progress().failureCode(), now),
                entry(now, Kind.REJECTED, "Rejected at stage " + stage + ": " + reason));
    }

    /** An approver at {@code stage} sent it back to the requester. */
    public AccountRequestTransition requestChanges(String stage, String comment, Instant now) {
        require(awaitsVerdict(), "cannot be sent back for changes");
        AccountRequest after = request.with(new Progress(CHANGES_REQUESTED, comment, progress().failureCode(), null),
                request.vending(), request.timing().updated(now));
        return moved(after, entry(now, Kind.CHANGES_REQUESTED, "Changes requested at stage " + stage + ": "
                + comment));
    }

    /** Cancelled before it started; {@code why} says by whom and why. As {@link #cancellableBy}. */
    public AccountRequestTransition cancel(PortalUser by, boolean byRequester, String why, Instant now) {
        if (!cancellableBy(byRequester, true)) {
            throw refused("can no longer be cancelled");
        }
        return moved(ended(AccountRequestStatus.CANCELLED, why, progress().failureCode(), now),
                entry(now, Kind.CANCELLED, why), event(Action.REQUEST_CANCELLED, Map.of("reason", why), by));
    }

    /** A platform admin moved it in the queue (its rank is the queue's business); {@code from}: its old place. */
    public AccountRequestTransition moveInQueue(QueueMove move, int from, PortalUser by, Instant now) {
        if (request.status() != QUEUED) {
            throw new IllegalTransitionException(request.status(), "Only queued requests can be moved; this one is "
                    + request.status());
        }
        return moved(request, entry(now, Kind.REORDERED, "Moved " + move.name().toLowerCase() + " in the queue by "
                + by.name()), event(Action.QUEUE_REORDERED, Map.of("move", move.name(), "from",
                String.valueOf(from)), by));
    }

    /** Its turn came: the creation's start call is recorded as about to be sent to {@code vendor}. */
    public AccountRequestTransition startVending(String vendor, Instant now) {
        require(request.kind() == AccountRequest.Kind.CREATE && request.status() == QUEUED, "cannot start vending");
        return moved(started(PROVISIONING, vendor, now), entry(now, Kind.STARTED, "Account creation started ("
                + vendor + ")"), event(Action.VENDING_STARTED, Map.of("vendor", vendor), system()));
    }

    /** Its turn came: the account's closing is recorded as about to be sent. */
    public AccountRequestTransition startClosing(Instant now) {
        require(request.kind() == AccountRequest.Kind.CLOSE && request.status() == QUEUED, "cannot start closing");
        return moved(started(CLOSING, CLOSER, now), entry(now, Kind.STARTED, "Closing account "
                + request.targetAccountId()), event(Action.CLOSING_STARTED, Map.of("vendor", CLOSER), system()));
    }

    /** The account exists, is placed, baselined, and its budget {@code budgetName} recorded: it is ready. */
    public AccountRequestTransition complete(String budgetName, Instant now) {
        require(request.status() == PROVISIONING && request.vending().accountId() != null, "cannot complete");
        String accountId = request.vending().accountId();
        return moved(ended(AccountRequestStatus.PROVISIONED, null, progress().failureCode(), now), List.of(
                        entry(now, Kind.BUDGET, "Monthly budget " + request.monthlyBudget().toPlainString()
                                + " USD recorded (" + budgetName + ")"),
                        entry(now, Kind.PROVISIONED, "Account " + accountId + " is ready")),
                List.of(new AccountVended(UUID.randomUUID().toString(), request.id(), accountId,
                        request.accountName(), request.placement().id(), request.ownership().team(),
                        request.ownership().environment(), request.requester().username(), system())));
    }

    /** Vending (or closing) failed for good: {@code code} is the vendor's, {@code reason} in plain words. */
    public AccountRequestTransition fail(String code, String reason, Instant now) {
        require(request.status() == PROVISIONING || request.status() == CLOSING, "cannot fail");
        return moved(ended(AccountRequestStatus.FAILED, reason, code, now), entry(now, Kind.FAILED, reason),
                event(Action.VENDING_FAILED, details(code, reason), system()));
    }

    /**
     * The portal cannot tell what AWS did with the start call: vending stops for good (never a second creation)
     * until an operator looks. Like a failure it ends the request's run ({@code finishedAt}), but it keeps its email.
     */
    public AccountRequestTransition needOperator(String code, String why, Instant now) {
        require(request.status() == PROVISIONING, "cannot wait for an operator");
        String reason = why.length() > 4000 ? why.substring(0, 3999) + "…" : why; // the column's size
        return moved(ended(AccountRequestStatus.NEEDS_OPERATOR, reason, code, now),
                entry(now, Kind.NEEDS_OPERATOR, reason), event(Action.VENDING_NEEDS_OPERATOR, details(code, reason),
                        system()));
    }

    /** AWS suspended the account and moved it to the Suspended OU. */
    public AccountRequestTransition finishClosing(Instant now) {
        require(request.status() == CLOSING, "cannot finish closing");
        return moved(ended(AccountRequestStatus.CLOSED, null, progress().failureCode(), now), entry(now, Kind.CLOSED,
                "Account " + request.targetAccountId() + " is suspended and moved to the Suspended OU"),
                event(Action.ACCOUNT_CLOSED, Map.of("accountId", request.targetAccountId()), system()));
    }

    private boolean awaitsVerdict() {
        return request.status() == PENDING_APPROVAL || request.status() == CHANGES_REQUESTED;
    }

    private Progress progress() {
        return request.progress();
    }

    private AccountRequest started(AccountRequestStatus status, String vendor, Instant now) {
        Vending v = request.vending();
        Timing t = request.timing();
        return request.with(new Progress(status, null, progress().failureCode(), null),
                new Vending(v.idempotencyKey(), vendor, now, v.operationId(), v.accountId()),
                new Timing(t.createdAt(), now, t.queuedAt(), t.startedAt() == null ? now : t.startedAt(),
                        t.finishedAt()));
    }

    private AccountRequest ended(AccountRequestStatus status, String reason, String failureCode, Instant now) {
        return request.with(new Progress(status, reason, failureCode, null), request.vending(),
                request.timing().finished(now));
    }

    private void require(boolean allowed, String what) {
        if (!allowed) {
            throw refused(what);
        }
    }

    private IllegalTransitionException refused(String what) {
        return new IllegalTransitionException(request.status(), "This request is " + request.status() + " and "
                + what);
    }

    private AccountRequestTransition moved(AccountRequest after, TimelineEntry entry, AuditableEvent... events) {
        return moved(after, List.of(entry), List.of(events));
    }

    private AccountRequestTransition moved(AccountRequest after, List<TimelineEntry> timeline,
                                           List<AuditableEvent> events) {
        return new AccountRequestTransition(request, after, timeline, events);
    }

    private static TimelineEntry entry(Instant at, Kind kind, String message) {
        return TimelineEntry.of(at, kind, message);
    }

    private AccountRequestChanged event(Action action, Map<String, String> details, PortalUser by) {
        return event(action, details, AuditActor.of(by));
    }

    private AccountRequestChanged event(Action action, Map<String, String> details, AuditActor actor) {
        return AccountRequestChanged.of(request.id(), action, details, actor);
    }

    private static Map<String, String> details(String code, String reason) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("code", code);
        details.put("reason", reason);
        return details;
    }

    private static AuditActor system() {
        return AuditActor.of(PortalUser.SYSTEM);
    }
}
