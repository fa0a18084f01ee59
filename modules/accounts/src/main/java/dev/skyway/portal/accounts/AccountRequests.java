package dev.skyway.portal.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.accounts.internal.requests.AccountBudgets;
import dev.skyway.portal.accounts.internal.requests.AccountRequestChecks;
import dev.skyway.portal.accounts.internal.requests.AccountRequestFactory;
import dev.skyway.portal.accounts.internal.requests.AccountRequestStore;
import dev.skyway.portal.accounts.internal.requests.AccountRequestSubjects;
import dev.skyway.portal.accounts.internal.requests.DecisionTexts;
import dev.skyway.portal.accounts.internal.requests.RequestSubmissions;
import dev.skyway.portal.accounts.internal.requests.VendingProperties;
import dev.skyway.portal.approvals.ApprovalProcess;
import dev.skyway.portal.approvals.ApprovalRefusedException;
import dev.skyway.portal.approvals.Approvals;
import dev.skyway.portal.approvals.RoutePreview;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.platform.money.Money;

/**
 * Account vending requests: an engineer asks for a new AWS account (or a platform admin or the owner team asks to
 * close one); the request is checked (nothing is stored when a rule fails, nothing reaches AWS before approval),
 * stored and handed to {@link Approvals} as subject type {@value AccountRequest#SUBJECT_TYPE}; once approved
 * it waits in the vending queue and the vending job creates, places, baselines and budgets the account.
 *
 * <p>Submitting is for {@code ENGINEER} and {@code PLATFORM_ADMIN}. Reading a request is for its requester, their
 * team and the owner team, {@code PLATFORM_ADMIN}, and {@code APPROVER}/{@code FINANCE}/{@code SECURITY} (who decide
 * them); others get {@link AccessDeniedException}, as does a missing request. A requester may cancel their own
 * request before it starts, a platform admin any queued one. The queue itself is {@link VendingQueue}; closing an
 * account is {@link AccountClosings}.
 */
@Service
public class AccountRequests {

    /** The currency of monthly budgets. */
    public static final String CURRENCY = "USD";

    private final AccountRequestStore store;
    private final RequestSubmissions submissions;
    private final AccountRequestFactory factory;
    private final AccountRequestChecks checks;
    private final AccountRequestSubjects subjects;
    private final AccountBudgets budgets;
    private final Approvals approvals;
    private final Accounts accounts;
    private final VendingProperties properties;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccountRequests(AccountRequestStore store, RequestSubmissions submissions, AccountRequestFactory factory,
                    AccountRequestChecks checks, AccountRequestSubjects subjects, AccountBudgets budgets,
                    Approvals approvals, Accounts accounts, VendingProperties properties, CurrentUser currentUser,
                    Clock clock) {
        this.store = store;
        this.submissions = submissions;
        this.factory = factory;
        this.checks = checks;
        this.subjects = subjects;
        this.budgets = budgets;
        this.approvals = approvals;
        this.accounts = accounts;
        this.properties = properties;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The baselines a request may ask for, in the order offered. */
    public List<Baseline> baselines() {
        return properties.baselines();
    }

    /**
     * Checks, stores and submits a request for a new account by the current user.
     *
     * @throws AccountRequestValidationException when a field breaks a rule (nothing stored, nothing submitted)
     * @throws AccessDeniedException             when the caller may not request accounts
     */
    @Transactional
    public AccountRequest submit(NewAccountRequest request) {
        PortalUser user = requester();
        List<AccountRequestViolation> violations = checks.check(request);
        if (!violations.isEmpty()) {
            throw new AccountRequestValidationException(violations);
        }
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        submissions.insert(factory.creation(id, request, user, UUID.randomUUID().toString(), now),
                factory.chosenBaselines(request));
        AccountRequest stored = store.find(id).orElseThrow();
        ApprovalProcess process = approvals.submit(subjects.creation(stored), user);
        store.setProcess(id, process.id());
        store.save(stored.lifecycle().submit(user, now));
        return store.find(id).orElseThrow();
    }

    /**
     * The requester edits a request that is pending or had changes requested: checked like a new one, stored, and
     * resubmitted to the approval engine (every earlier approval is void).
     *
     * @throws AccountRequestValidationException when a field breaks a rule (nothing changed)
     * @throws AccessDeniedException             when it is not the caller's own request
     * @throws IllegalStateException             when it is past approval
     */
    @Transactional
    public AccountRequest resubmit(UUID id, NewAccountRequest request) {
        PortalUser user = requester();
        AccountRequest current = store.lock(id).filter(r -> user.isSamePerson(r.requester().key()))
                .orElseThrow(() -> new AccessDeniedException("No such request for you"));
        current.lifecycle().requireEditable();
        List<AccountRequestViolation> violations = checks.check(request, id);
        if (!violations.isEmpty()) {
            throw new AccountRequestValidationException(violations);
        }
        Instant now = clock.instant();
        AccountRequest edited = factory.creation(id, request, user, current.vending().idempotencyKey(), now);
        AccountRequestTransition resubmitted = current.lifecycle().resubmit(edited, user, now);
        submissions.replace(edited, factory.chosenBaselines(request));
        AccountRequest stored = store.find(id).orElseThrow();
        approvals.resubmit(current.approval().processId(), stored.approval().subjectHash(),
                subjects.creation(stored).attributes());
        store.save(resubmitted);
        return store.find(id).orElseThrow();
    }

    /** The organizational units a request may name (not the root, not Suspended, only allowed ones), for forms. */
    @Transactional(readOnly = true)
    public List<OrganizationalUnit> organizationalUnits() {
        return checks.vendableUnits();
    }

    /** The rule violations of a request, without storing anything (for forms). */
    @Transactional(readOnly = true)
    public List<AccountRequestViolation> check(NewAccountRequest request) {
        return checks.check(request);
    }

    /** Who would approve this request under the current policy (the form's review step). */
    @Transactional(readOnly = true)
    public RoutePreview preview(NewAccountRequest request) {
        return approvals.preview(AccountRequest.SUBJECT_TYPE, subjects.preview(request));
    }

    /** @throws AccessDeniedException when the request is unknown or the caller may not read it */
    @Transactional(readOnly = true)
    public AccountRequest get(UUID id) {
        return readable(id);
    }

    /** The request's approval process; empty before submission. As {@link #get}. */
    @Transactional(readOnly = true)
    public Optional<ApprovalProcess> process(UUID id) {
        AccountRequest row = readable(id);
        return row.approval().processId() == null ? Optional.empty() : approvals.process(row.approval().processId());
    }

    /** What happened to the request, oldest first. As {@link #get}. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(UUID id) {
        readable(id);
        return store.timeline(id);
    }

    /** The caller's own requests, newest first; without a {@code status}, all. */
    @Transactional(readOnly = true)
    public List<AccountRequest> mine(@Nullable AccountRequestStatus status, int offset, int limit) {
        return store.list(currentUser.get().key(), status, Math.max(0, offset), Math.clamp(limit, 0, 500));
    }

    @Transactional(readOnly = true)
    public int countMine(@Nullable AccountRequestStatus status) {
        return store.count(currentUser.get().key(), status);
    }

    /** Everyone's requests, newest first; platform admins only. */
    @Transactional(readOnly = true)
    public List<AccountRequest> all(@Nullable AccountRequestStatus status, int offset, int limit) {
        admin();
        return store.list(null, status, Math.max(0, offset), Math.clamp(limit, 0, 500));
    }

    @Transactional(readOnly = true)
    public int countAll(AccountRequestStatus status) {
        admin();
        return store.count(null, status);
    }

    /**
     * Cancels a request that has not started: queued (platform admins and the requester) or still pending approval
     * (the requester; its approval is withdrawn, so approvers no longer see it).
     *
     * @throws IllegalStateException             when it already started or ended
     * @throws AccountRequestValidationException when the reason is longer than
     *                                           {@link DecisionTexts#MAX_CANCEL_REASON}
     */
    @Transactional
    public AccountRequest cancel(UUID id, String reason) {
        DecisionTexts.check("reason", reason, false, DecisionTexts.MAX_CANCEL_REASON);
        PortalUser user = currentUser.get();
        AccountRequest row = store.lock(id).orElseThrow(() -> new AccessDeniedException("No such request for you"));
        boolean own = user.isSamePerson(row.requester().key());
        boolean admin = user.hasRole(Role.PLATFORM_ADMIN);
        if (!own && !admin) {
            throw new AccessDeniedException("Only the requester or a platform admin cancels a request");
        }
        String why = reason == null || reason.isBlank() ? "Cancelled by " + user.name()
                : "Cancelled by " + user.name() + ": " + reason.strip();
        AccountRequestTransition cancelled = row.lifecycle().cancel(user, own, why, clock.instant());
        if (row.status() != AccountRequestStatus.QUEUED && row.approval().processId() != null) {
            approvals.withdraw(row.approval().processId(), why); // its approval tasks leave the approvers' inboxes
        }
        store.save(cancelled);
        return store.find(id).orElseThrow();
    }

    /**
     * Approves the caller's open approval task on this request, bound to the version the caller looked at: the
     * decision counts only when {@code subjectHash} (the request's {@code approval().subjectHash()} as read) is
     * still the version the approval engine holds; an edit since then makes it stale. One transaction.
     *
     * @throws ApprovalRefusedException          when it is the caller's own request or they have no open task on it
     * @throws dev.skyway.portal.approvals.StaleSubjectException when the request changed since it was read
     * @throws AccountRequestValidationException when the comment is longer than
     *                                           {@link DecisionTexts#MAX_DECISION_TEXT}
     * @throws IllegalArgumentException          when {@code subjectHash} is missing
     */
    @Transactional
    public void approve(UUID id, String subjectHash, String comment) {
        DecisionTexts.check("comment", comment, false, DecisionTexts.MAX_DECISION_TEXT);
        approvals.approveSubject(AccountRequest.SUBJECT_TYPE, id.toString(), subjectHash, comment);
    }

    /** Rejects the caller's open approval task on this request; {@code reason} required. As {@link #approve}. */
    @Transactional
    public void reject(UUID id, String subjectHash, String reason) {
        DecisionTexts.check("reason", reason, true, DecisionTexts.MAX_DECISION_TEXT);
        approvals.rejectSubject(AccountRequest.SUBJECT_TYPE, id.toString(), subjectHash, reason);
    }

    /** The requests that created or closed an account, newest first (for the account page); readers only. */
    @Transactional(readOnly = true)
    public List<AccountRequest> forAccount(String accountId) {
        accounts.account(accountId);
        return store.forAccount(accountId);
    }

    /** The portal's budget record of a vended account; empty for accounts not vended by the portal. */
    @Transactional(readOnly = true)
    public Optional<AccountBudget> budget(String accountId) {
        accounts.account(accountId);
        return budgets.forAccount(accountId);
    }

    private AccountRequest readable(UUID id) {
        PortalUser user = currentUser.get();
        AccountRequest row = store.find(id).orElseThrow(() -> new AccessDeniedException("No such request for you"));
        boolean own = user.isSamePerson(row.requester().key());
        boolean team = user.team() != null && (user.team().equals(row.requester().team())
                || user.team().equals(row.ownership().team()));
        if (!own && !team && !user.hasAnyRole(Role.PLATFORM_ADMIN, Role.APPROVER, Role.FINANCE, Role.SECURITY)) {
            throw new AccessDeniedException("No such request for you");
        }
        return row;
    }

    private PortalUser requester() {
        PortalUser user = currentUser.get();
        if (!user.hasAnyRole(Role.ENGINEER, Role.PLATFORM_ADMIN)) {
            throw new AccessDeniedException("Only engineers and platform admins request accounts");
        }
        return user;
    }

    private PortalUser admin() {
        PortalUser user = currentUser.get();
        if (!user.hasRole(Role.PLATFORM_ADMIN)) {
            throw new AccessDeniedException("Only platform admins see everyone's requests");
        }
        return user;
    }
}
