package dev.skyway.portal.cost.internal.budgets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.skyway.portal.accounts.TeamSpend;
import dev.skyway.portal.cost.BudgetScope;
import dev.skyway.portal.cost.CostMetric;

/**
 * The accounts module's {@link TeamSpend}: a team's billed cost in USD this month (UTC) so far, today's rows
 * included, from the rollups. No user context: approvers of an account request see it whatever team they are in.
 */
@Component
class RollupTeamSpend implements TeamSpend {

    private final ScopeSpend spend;
    private final Clock clock;

    RollupTeamSpend(ScopeSpend spend, Clock clock) {
        this.spend = spend;
        this.clock = clock;
    }

    /** Empty when the rollups hold no USD row of the team this month. */
    @Override
    public Optional<BigDecimal> monthToDateUsd(String team) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return spend.total(new BudgetScope(BudgetScope.Kind.TEAM, team), CostMetric.BilledCost, "USD",
                today.withDayOfMonth(1), today.plusDays(1)).map(v -> v.setScale(2, RoundingMode.HALF_UP));
    }
}
