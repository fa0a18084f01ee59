package dev.skyway.portal.accounts.internal.requests;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import dev.skyway.portal.accounts.Account;
import dev.skyway.portal.accounts.AccountRequest;
import dev.skyway.portal.accounts.AccountRequests;
import dev.skyway.portal.accounts.NewAccountRequest;
import dev.skyway.portal.accounts.TeamSpend;
import dev.skyway.portal.accounts.internal.Inventory;
import dev.skyway.portal.approvals.SubjectAction;
import dev.skyway.portal.approvals.SubjectAttributes;
import dev.skyway.portal.approvals.SubjectRef;
import dev.skyway.portal.approvals.Submission;
import dev.skyway.portal.platform.money.Money;

/**
 * An account request as the approval engine sees it: what policies route on (environment, monthly budget, account,
 * owner team, action) and what approvers read, including the team's current accounts and its spend this month.
 */
@Component
public class AccountRequestSubjects {

    private final Inventory inventory;
    private final ObjectProvider<TeamSpend> spend;

    AccountRequestSubjects(Inventory inventory, ObjectProvider<TeamSpend> spend) {
        this.inventory = inventory;
        this.spend = spend;
    }

    /** A stored request for a new account, ready to submit (or to resubmit: its attributes and hash). */
    public Submission creation(AccountRequest r) {
        Map<String, String> display = new LinkedHashMap<>();
        display.put("account name", r.accountName());
        display.put("account email", r.accountEmail());
        display.put("organizational unit", r.placement().path() + " (" + r.placement().id() + ")");
        display.put("environment", r.ownership().environment());
        display.put("owner team", r.ownership().team());
        display.put("team's current accounts", String.valueOf(inventory.countOwnedBy(r.ownership().team())));
        display.put("team's spend this month", teamSpend(r.ownership().team()));
        display.put("cost center", r.ownership().costCenter());
        display.put("monthly budget", r.monthlyBudget().toPlainString() + " " + AccountRequests.CURRENCY);
        display.put("baselines", r.baselines().isEmpty() ? "none" : String.join(", ",
                r.baselines().stream().map(AccountRequest.BaselineDeployment::baselineId).toList()));
        display.put("SSO user", r.ssoUser().display());
        display.put("justification", r.justification());
        return submission(r, new SubjectAttributes(r.ownership().environment(), money(r.monthlyBudget()), null,
                r.accountName(), r.ownership().team(), SubjectAction.CREATE, display));
    }

    /** A stored request to close {@code account}, ready to submit. */
    public Submission closing(AccountRequest r, Account account) {
        Map<String, String> display = new LinkedHashMap<>();
        display.put("account", account.name() + " (" + account.id() + ")");
        display.put("organizational unit", account.ouPath());
        display.put("owner team", r.ownership().team());
        display.put("justification", r.justification());
        return submission(r, new SubjectAttributes(r.ownership().environment(), null, null, account.id(),
                r.ownership().team(), SubjectAction.TERMINATE, display));
    }

    /** What a policy routes a new request on, before it is stored (the form's "who will approve"). */
    public SubjectAttributes preview(NewAccountRequest request) {
        return new SubjectAttributes(request.environment(), money(request.monthlyBudget()), null,
                request.accountName(), request.ownerTeam(), SubjectAction.CREATE, Map.of());
    }

    private static Submission submission(AccountRequest r, SubjectAttributes attributes) {
        return new Submission(new SubjectRef(AccountRequest.SUBJECT_TYPE, r.id().toString(), r.title()), attributes,
                r.approval().subjectHash());
    }

    private String teamSpend(String team) {
        TeamSpend source = spend.getIfAvailable();
        Optional<BigDecimal> amount = source == null ? Optional.empty() : source.monthToDateUsd(team);
        return amount.map(a -> a.setScale(2, RoundingMode.HALF_UP).toPlainString() + " " + AccountRequests.CURRENCY)
                .orElse(source == null ? "not available (no cost data connected)" : "not available for this team");
    }

    private static Money money(BigDecimal amount) {
        return amount == null || amount.signum() < 0 ? null
                : new Money(amount, Currency.getInstance(AccountRequests.CURRENCY));
    }
}
