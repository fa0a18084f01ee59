package dev.skyway.portal.accounts.internal.requests;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.skyway.portal.accounts.Account;
import dev.skyway.portal.accounts.AccountRequest;
import dev.skyway.portal.accounts.Baseline;
import dev.skyway.portal.accounts.NewAccountRequest;
import dev.skyway.portal.accounts.OrganizationalUnit;
import dev.skyway.portal.platform.identity.PortalUser;

/**
 * Builds the account request a requester submits (PENDING_APPROVAL, with the subject hash approvers decide on): a
 * new account from a form that passed {@link AccountRequestChecks}, or closing an account of the inventory.
 */
@Component
public class AccountRequestFactory {

    private final AccountRequestChecks checks;
    private final VendingProperties properties;

    AccountRequestFactory(AccountRequestChecks checks, VendingProperties properties) {
        this.checks = checks;
        this.properties = properties;
    }

    /** A checked request for a new account, values stripped, the budget in cents. */
    public AccountRequest creation(UUID id, NewAccountRequest request, PortalUser user, String idempotencyKey,
                                   Instant now) {
        OrganizationalUnit unit = checks.unit(request.organizationalUnitId()).orElseThrow();
        BigDecimal budget = request.monthlyBudget().setScale(2, RoundingMode.UNNECESSARY);
        Map<String, String> tags = new LinkedHashMap<>();
        request.tags().forEach((k, v) -> tags.put(k.strip(), v == null ? "" : v.strip()));
        String hash = SubjectHash.of(request.accountName().strip(), request.accountEmail().strip().toLowerCase(),
                unit.id(), request.ssoUserFirstName().strip(), request.ssoUserLastName().strip(),
                request.ssoUserEmail().strip(), request.ownerTeam().strip(), request.costCenter().strip(),
                request.environment().strip(), budget.toPlainString(),
                String.join(",", chosenBaselines(request).stream().map(Baseline::id).toList()), tags.toString(),
                request.justification().strip());
        return new AccountRequest(id, AccountRequest.Kind.CREATE, AccountRequest.Requester.of(user),
                request.accountName().strip(), request.accountEmail().strip(),
                new AccountRequest.Placement(unit.id(), unit.name(), unit.path()),
                new AccountRequest.SsoUser(request.ssoUserFirstName().strip(), request.ssoUserLastName().strip(),
                        request.ssoUserEmail().strip()),
                new AccountRequest.Ownership(request.ownerTeam().strip(), request.costCenter().strip(),
                        request.environment().strip()),
                budget, request.justification().strip(), null, new AccountRequest.Approval(hash, null),
                AccountRequest.Progress.pending(), AccountRequest.Vending.notStarted(idempotencyKey),
                AccountRequest.Timing.createdAt(now), tags, List.of());
    }

    /**
     * A request to close {@code account}, owned by {@code team}; no email, SSO user or budget.
     *
     * @param environment the account's environment tag when it is a known one
     */
    public AccountRequest closing(UUID id, Account account, String team, @Nullable String environment,
                                  String justification, PortalUser user, Instant now) {
        String hash = SubjectHash.of("close", account.id(), justification.strip());
        return new AccountRequest(id, AccountRequest.Kind.CLOSE, AccountRequest.Requester.of(user), account.name(),
                null, new AccountRequest.Placement(account.ouId(), null, account.ouPath()), null,
                new AccountRequest.Ownership(team, account.costCenter(), environment), null, justification.strip(),
                account.id(), new AccountRequest.Approval(hash, null), AccountRequest.Progress.pending(),
                AccountRequest.Vending.notStarted(UUID.randomUUID().toString()), AccountRequest.Timing.createdAt(now),
                Map.of(), List.of());
    }

    /** The configured baselines the request chose, in its order. */
    public List<Baseline> chosenBaselines(NewAccountRequest request) {
        return request.baseline().stream().map(b -> properties.baseline(b.strip()).orElseThrow()).toList();
    }
}
