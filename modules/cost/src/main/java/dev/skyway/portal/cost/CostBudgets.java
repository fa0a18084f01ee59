package dev.skyway.portal.cost;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.cost.internal.budgets.BudgetDraftCheck;
import dev.skyway.portal.cost.internal.budgets.BudgetSpec;
import dev.skyway.portal.cost.internal.budgets.BudgetStatuses;
import dev.skyway.portal.cost.internal.budgets.BudgetStore;
import dev.skyway.portal.cost.internal.budgets.BudgetVisibility;
import dev.skyway.portal.cost.internal.budgets.StoredBudget;
import dev.skyway.portal.cost.internal.budgets.VendedBudgets;
import dev.skyway.portal.platform.audit.AuditLedger;
import dev.skyway.portal.platform.audit.AuditRecord;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;

/**
 * Budgets per team, account or cost center, with where each stands in its current period. Finance and platform
 * admins see every budget and create, change and delete the portal's own; everyone else sees the budgets of their
 * teams (see {@link CostReports#visibility()}). The budgets recorded at account vending appear here, read-only.
 */
@Service
public class CostBudgets {

    static final String EDITORS = "hasAnyRole('FINANCE', 'PLATFORM_ADMIN')";
    static final String READERS = "hasAnyRole('ENGINEER', 'APPROVER', 'FINANCE', 'SECURITY', 'PLATFORM_ADMIN')";

    private final BudgetStore store;
    private final BudgetStatuses statuses;
    private final BudgetVisibility visibility;
    private final VendedBudgets vended;
    private final CostReports reports;
    private final CurrentUser currentUser;
    private final AuditLedger audit;

    CostBudgets(BudgetStore store, BudgetStatuses statuses, BudgetVisibility visibility, VendedBudgets vended,
                CostReports reports, CurrentUser currentUser, AuditLedger audit) {
        this.store = store;
        this.statuses = statuses;
        this.visibility = visibility;
        this.vended = vended;
        this.reports = reports;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** The budgets the caller may see, by name, each with its status today. */
    @PreAuthorize(READERS)
    public List<Budget> list() {
        vended.importNew();
        return store.all().stream().filter(visibility.of(reports.visibility().teams())).map(statuses::budget)
                .toList();
    }

    /** Empty when there is no such budget or the caller may not see it. */
    @PreAuthorize(READERS)
    public Optional<Budget> find(UUID id) {
        return visible(id).map(statuses::budget);
    }

    /** @throws InvalidCostQueryException naming each field's problem; nothing is stored then */
    @PreAuthorize(EDITORS)
    @Transactional
    public Budget create(BudgetDraft draft) {
        BudgetSpec spec = checked(draft, null);
        PortalUser user = currentUser.get();
        StoredBudget budget = new StoredBudget(UUID.randomUUID(), spec, Budget.Source.PORTAL, null,
                user.email() == null || user.email().isBlank() ? user.username() : user.email(), 1);
        try {
            store.insert(budget);
        } catch (DuplicateKeyException e) {
            throw nameTaken();
        }
        audit.append(AuditRecord.of("cost.budget-created", "cost-budget", budget.id().toString(), details(spec)));
        return statuses.budget(budget);
    }

    /**
     * @param version the version the caller read
     * @throws NoSuchElementException    when there is no such budget
     * @throws BudgetConflictException   when the budget changed since {@code version}, or is not the portal's own
     * @throws InvalidCostQueryException naming each field's problem; nothing is changed then
     */
    @PreAuthorize(EDITORS)
    @Transactional
    public Budget update(UUID id, int version, BudgetDraft draft) {
        StoredBudget current = editable(id);
        BudgetSpec spec = checked(draft, id);
        if (current.version() != version || !updated(id, version, spec)) {
            throw new BudgetConflictException("Budget " + current.name() + " was changed by someone else since "
                    + "version " + version + "; reload it and make your change again");
        }
        audit.append(AuditRecord.of("cost.budget-changed", "cost-budget", id.toString(), details(spec)));
        return statuses.budget(store.find(id).orElseThrow());
    }

    /**
     * @return false when there is no such budget
     * @throws BudgetConflictException when the budget is not the portal's own
     */
    @PreAuthorize(EDITORS)
    @Transactional
    public boolean delete(UUID id) {
        if (store.find(id).isEmpty()) {
            return false;
        }
        StoredBudget budget = editable(id);
        store.delete(id);
        audit.append(AuditRecord.of("cost.budget-deleted", "cost-budget", id.toString(),
                Map.of("name", budget.name())));
        return true;
    }

    /** Whether the caller may create, change and delete budgets (finance and platform admins). */
    public boolean mayEdit() {
        return currentUser.find().map(u -> u.hasAnyRole(Role.FINANCE, Role.PLATFORM_ADMIN)).orElse(false);
    }

    /** What the caller's list is limited to, e.g. {@code all accounts} or {@code team payments}. */
    @PreAuthorize(READERS)
    public String scope() {
        return reports.visibility().scope();
    }

    private Optional<StoredBudget> visible(UUID id) {
        return store.find(id).filter(visibility.of(reports.visibility().teams()));
    }

    private StoredBudget editable(UUID id) {
        StoredBudget budget = store.find(id).orElseThrow(() -> new NoSuchElementException("No budget " + id));
        if (budget.source() != Budget.Source.PORTAL) {
            throw new BudgetConflictException("Budget " + budget.name() + " comes from "
                    + (budget.source() == Budget.Source.VENDING ? "account vending" : "AWS Budgets")
                    + " and is read-only here");
        }
        return budget;
    }

    private BudgetSpec checked(BudgetDraft draft, @Nullable UUID id) {
        return BudgetDraftCheck.check(draft, name -> store.nameTaken(name, id));
    }

    private boolean updated(UUID id, int version, BudgetSpec spec) {
        try {
            return store.update(id, version, spec);
        } catch (DuplicateKeyException e) {
            throw nameTaken();
        }
    }

    private static InvalidCostQueryException nameTaken() {
        return new InvalidCostQueryException(Map.of("name", "is taken by another budget"),
                "name is taken by another budget");
    }

    private static Map<String, Object> details(BudgetSpec spec) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", spec.name());
        details.put("scope", spec.scope().kind() + ":" + spec.scope().value());
        details.put("period", spec.period().name());
        details.put("amount", spec.amount().toString());
        details.put("metric", spec.metric().name());
        details.put("thresholds", BudgetThreshold.keys(spec.thresholds()));
        return details;
    }
}
