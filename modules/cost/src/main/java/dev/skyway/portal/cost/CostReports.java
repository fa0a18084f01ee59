package dev.skyway.portal.cost;

import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import dev.skyway.portal.cost.internal.CostQueries;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;

/**
 * What the cost views and the API show: breakdowns and daily series from the rollups. Finance and platform admins
 * see everything; everyone else sees the spend allocated to their own team and the teams they lead (showback), and
 * every answer says what it is limited to. Nothing here calls AWS.
 */
@Service
public class CostReports {

    static final String READERS = "hasAnyRole('ENGINEER', 'APPROVER', 'FINANCE', 'SECURITY', 'PLATFORM_ADMIN')";

    private final CostQueries queries;
    private final CurrentUser currentUser;

    CostReports(CostQueries queries, CurrentUser currentUser) {
        this.queries = queries;
        this.currentUser = currentUser;
    }

    /** @throws IllegalArgumentException naming the first problem of the query */
    @PreAuthorize(READERS)
    public Breakdown breakdown(CostQuery query) {
        check(query);
        Visibility v = visibility();
        return queries.breakdown(query, v.teams(), v.scope());
    }

    @PreAuthorize(READERS)
    public DailySeries daily(CostQuery query) {
        check(query);
        Visibility v = visibility();
        return queries.daily(query, v.teams(), v.scope());
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

    private static void check(CostQuery query) {
        var problems = query.problems();
        if (!problems.isEmpty()) {
            var first = problems.entrySet().iterator().next();
            throw new InvalidCostQueryException(problems, first.getKey() + " " + first.getValue());
        }
    }
}
