package dev.skyway.portal.cost;

import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import dev.skyway.portal.cost.internal.AllocationRules;
import dev.skyway.portal.cost.internal.CostQueries;
import dev.skyway.portal.cost.internal.FocusExport;
import dev.skyway.portal.cost.internal.LineItemQueries;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;

/**
 * What the cost views and the API show: breakdowns and daily series from the rollups. Finance and platform admins
 * see everything; everyone else sees the spend allocated to their own team and the teams they lead (showback), and
 * every answer says what it is limited to. Drill-down to resources, SKUs and usage types reads the kept line items
 * instead; outside finance it needs an account of the caller's teams. Nothing here calls AWS.
 */
@Service
public class CostReports {

    static final String READERS = "hasAnyRole('ENGINEER', 'APPROVER', 'FINANCE', 'SECURITY', 'PLATFORM_ADMIN')";

    private final CostQueries queries;
    private final CurrentUser currentUser;
    private final AllocationRules rules;
    private final FocusExport focusExport;
    private final LineItemQueries lineItems;

    CostReports(CostQueries queries, CurrentUser currentUser, AllocationRules rules, FocusExport focusExport,
                LineItemQueries lineItems) {
        this.focusExport = focusExport;
        this.lineItems = lineItems;
        this.queries = queries;
        this.rules = rules;
        this.currentUser = currentUser;
    }

    /**
     * @throws IllegalArgumentException naming the first problem of the query
     * @throws AccessDeniedException    when someone outside finance drills down to line items without an account
     *                                  of their teams
     */
    @PreAuthorize(READERS)
    public Breakdown breakdown(CostQuery query) {
        check(query);
        Visibility v = visibility();
        if (query.isLineItemGroup()) {
            return lineItems.breakdown(query, drillDownScope(query, v));
        }
        return queries.breakdown(query, v.teams(), v.scope());
    }

    /** @throws IllegalArgumentException naming the first problem of the query (line-item groupings included) */
    @PreAuthorize(READERS)
    public DailySeries daily(CostQuery query) {
        check(query);
        if (query.isLineItemGroup()) {
            throw new InvalidCostQueryException(java.util.Map.of("groupBy", "cannot be " + query.groupBy()
                    + " for a daily series: resources, SKUs and usage types are breakdowns only"), "groupBy "
                    + query.groupBy() + " is for breakdowns only: daily series come from the rollups");
        }
        Visibility v = visibility();
        return queries.daily(query, v.teams(), v.scope());
    }

    /** A month's cost per team: direct, shared (split by finance's shared-cost rules) and total. */
    @PreAuthorize(READERS)
    public Showback showback(java.time.YearMonth month, CostMetric metric) {
        Visibility v = visibility();
        return queries.showback(month, metric, rules.sharedRules(), v.teams(), v.scope());
    }

    /** The allocated rollups of [start, end) that the caller may see, as a FOCUS 1.2 CSV. */
    @PreAuthorize(READERS)
    public void exportFocus(java.time.LocalDate start, java.time.LocalDate end, java.io.Writer out) {
        check(new CostQuery(start, end, CostMetric.BilledCost, null, java.util.Map.of(), null));
        focusExport.write(start, end, visibility().teams(), out);
    }

    /** What the current user may see: every team (null) or these. */
    public record Visibility(@Nullable Set<String> teams, String scope) {
    }

    public Visibility visibility() {
        PortalUser user = currentUser.get();
        if (user.hasAnyRole(Role.FINANCE, Role.PLATFORM_ADMIN)) {
            return new Visibility(null, "all accounts");
        }
        Set<String> teams = new LinkedHashSet<>(user.leadOf());
        if (user.team() != null) {
            teams.add(user.team());
        }
        return new Visibility(Set.copyOf(teams), teams.isEmpty() ? "no team (nothing to show)"
                : "team" + (teams.size() == 1 ? " " : "s ") + String.join(", ", teams));
    }

    /**
     * Line items carry no team, so the rollups' showback cannot narrow them: outside finance, a drill-down needs an
     * account whose allocated spend in the range all goes to the caller's teams.
     *
     * @return what the drill-down shows, said in the answer
     */
    private String drillDownScope(CostQuery query, Visibility v) {
        if (v.teams() == null) {
            return v.scope();
        }
        String teams = v.teams().isEmpty() ? "no team: you belong to none"
                : String.join(", ", new java.util.TreeSet<>(v.teams()));
        String account = query.filters().get("SubAccountId");
        if (account == null || account.isBlank()) {
            throw new AccessDeniedException("drill-down needs an account of your team: add a SubAccountId filter "
                    + "for an account whose spend is allocated to " + teams);
        }
        if (!lineItems.allocatedOnlyTo(account, query.start(), query.end(), v.teams())) {
            throw new AccessDeniedException("drill-down needs an account of your team: the spend of account "
                    + account + " in this range is not all allocated to " + teams);
        }
        return "account " + account + " of " + v.scope();
    }

    private static void check(CostQuery query) {
        var problems = query.problems();
        if (!problems.isEmpty()) {
            var first = problems.entrySet().iterator().next();
            throw new InvalidCostQueryException(problems, first.getKey() + " " + first.getValue());
        }
    }
}
