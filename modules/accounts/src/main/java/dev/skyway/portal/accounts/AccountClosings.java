package dev.skyway.portal.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.accounts.internal.requests.AccountRequestChecks;
import dev.skyway.portal.accounts.internal.requests.AccountRequestFactory;
import dev.skyway.portal.accounts.internal.requests.AccountRequestStore;
import dev.skyway.portal.accounts.internal.requests.AccountRequestSubjects;
import dev.skyway.portal.accounts.internal.requests.RequestSubmissions;
import dev.skyway.portal.approvals.ApprovalProcess;
import dev.skyway.portal.approvals.Approvals;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;

/**
 * Closing an account: a platform admin or the owner team asks, with a justification; the request is an
 * {@link AccountRequest} of kind CLOSE approved through {@link Approvals} (action TERMINATE, its own policy rule),
 * then queued like any account operation; the vending job closes the account and it ends SUSPENDED.
 */
@Service
public class AccountClosings {

    private final AccountRequestStore store;
    private final RequestSubmissions submissions;
    private final AccountRequestFactory factory;
    private final AccountRequestSubjects subjects;
    private final Approvals approvals;
    private final Accounts accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccountClosings(AccountRequestStore store, RequestSubmissions submissions, AccountRequestFactory factory,
                    AccountRequestSubjects subjects, Approvals approvals, Accounts accounts, CurrentUser currentUser,
                    Clock clock) {
        this.store = store;
        this.submissions = submissions;
        this.factory = factory;
        this.subjects = subjects;
        this.approvals = approvals;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Asks to close an account; the request goes to approval.
     *
     * @throws AccessDeniedException             when the caller is neither PLATFORM_ADMIN nor in the owner team
     * @throws AccountNotFoundException          for an account the inventory does not hold
     * @throws AccountRequestValidationException without a justification, or when the account is not ACTIVE or
     *                                           closing was already asked
     */
    @Transactional
    public AccountRequest requestClose(String accountId, String justification) {
        PortalUser user = currentUser.get();
        Account account = accounts.account(accountId);
        if (!mayClose(account, user)) {
            throw new AccessDeniedException("Only platform admins and the owner team close an account");
        }
        check(account, justification);
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        String team = account.ownerTeam() == null ? (user.team() == null ? "unassigned" : user.team())
                : account.ownerTeam();
        String environment = account.tags().get(Account.ENVIRONMENT_TAG);
        environment = AccountRequestChecks.ENVIRONMENTS.contains(environment) ? environment : null;
        AccountRequest row = factory.closing(id, account, team, environment, justification, user, now);
        submissions.insert(row, List.of());
        ApprovalProcess process = approvals.submit(subjects.closing(row, account), user);
        store.setProcess(id, process.id());
        store.save(row.lifecycle().submit(user, now));
        return store.find(id).orElseThrow();
    }

    /** Whether the current user may ask to close this account (for the account page's button). */
    public boolean mayClose(Account account) {
        return currentUser.find().map(u -> mayClose(account, u)).orElse(false);
    }

    private static boolean mayClose(Account account, PortalUser user) {
        return user.hasRole(Role.PLATFORM_ADMIN) || (user.team() != null && user.team().equals(account.ownerTeam()));
    }

    private void check(Account account, String justification) {
        List<AccountRequestViolation> violations = new ArrayList<>();
        if (justification == null || justification.isBlank()) {
            violations.add(new AccountRequestViolation("justification", "REQUIRED", "is required: say why"));
        } else if (justification.strip().length() > AccountRequestChecks.MAX_JUSTIFICATION) {
            violations.add(new AccountRequestViolation("justification", "MAX_LENGTH",
                    "must be at most 2000 characters"));
        }
        if (!"ACTIVE".equals(account.status())) {
            violations.add(new AccountRequestViolation("accountId", "NOT_ACTIVE",
                    "the account is " + account.status() + "; only active accounts can be closed"));
        } else if (store.closingRequested(account.id())) {
            violations.add(new AccountRequestViolation("accountId", "DUPLICATE",
                    "closing this account was already requested"));
        }
        if (!violations.isEmpty()) {
            throw new AccountRequestValidationException(violations);
        }
    }
}
