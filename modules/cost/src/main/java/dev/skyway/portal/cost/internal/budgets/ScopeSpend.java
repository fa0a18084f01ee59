package dev.skyway.portal.cost.internal.budgets;

import static dev.skyway.schema.cost.Tables.DAILY_COST;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.cost.BudgetScope;
import dev.skyway.portal.cost.CostMetric;
import dev.skyway.portal.cost.internal.RollupColumns;
import dev.skyway.portal.cost.internal.analysis.DailyPoint;

/** The spend of a budget's scope (a team, an account or a cost center) in the daily rollups, in one currency. */
@Repository
class ScopeSpend {

    private final DSLContext db;

    ScopeSpend(DSLContext db) {
        this.db = db;
    }

    /** The scope's daily spend over [from, until), oldest first; days without rows are left out. */
    List<DailyPoint> daily(BudgetScope scope, CostMetric metric, String currency, LocalDate from, LocalDate until) {
        return db.select(DAILY_COST.CHARGE_DATE, DSL.sum(RollupColumns.metric(metric))).from(DAILY_COST)
                .where(range(from, until).and(DAILY_COST.CURRENCY.eq(currency)).and(of(scope)))
                .groupBy(DAILY_COST.CHARGE_DATE).orderBy(DAILY_COST.CHARGE_DATE)
                .fetch(r -> new DailyPoint(r.value1(), r.value2() == null ? BigDecimal.ZERO : r.value2()));
    }

    /** The scope's spend over [from, until); empty when the rollups hold no row of it. */
    Optional<BigDecimal> total(BudgetScope scope, CostMetric metric, String currency, LocalDate from,
                               LocalDate until) {
        return Optional.ofNullable(db.select(DSL.sum(RollupColumns.metric(metric))).from(DAILY_COST)
                .where(range(from, until).and(DAILY_COST.CURRENCY.eq(currency)).and(of(scope)))
                .fetchOne(0, BigDecimal.class));
    }

    private static Condition range(LocalDate from, LocalDate until) {
        return DAILY_COST.CHARGE_DATE.ge(from).and(DAILY_COST.CHARGE_DATE.lt(until));
    }

    private static Condition of(BudgetScope scope) {
        return switch (scope.kind()) {
            case TEAM -> DAILY_COST.TEAM.eq(scope.value());
            case ACCOUNT -> DAILY_COST.SUB_ACCOUNT_ID.eq(scope.value());
            case COST_CENTER -> DAILY_COST.COST_CENTER.eq(scope.value());
        };
    }

}
