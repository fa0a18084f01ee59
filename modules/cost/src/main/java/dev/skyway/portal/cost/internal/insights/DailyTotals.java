package dev.skyway.portal.cost.internal.insights;

import static dev.skyway.schema.cost.Tables.DAILY_COST;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.cost.CostMetric;
import dev.skyway.portal.cost.internal.RollupColumns;
import dev.skyway.portal.cost.internal.RollupReads;
import dev.skyway.portal.cost.internal.analysis.DailyPoint;

/** Daily sums over the rollups that the overview, the forecast and the anomaly scan need. */
@Repository
class DailyTotals {

    private final DSLContext db;
    private final RollupReads reads;

    DailyTotals(DSLContext db, RollupReads reads) {
        this.db = db;
        this.reads = reads;
    }

    /** The currency with the most spend in the range (currencies are never summed); USD when there is none. */
    String currency(LocalDate start, LocalDate end, @Nullable Set<String> teams) {
        Field<BigDecimal> sum = DSL.sum(DAILY_COST.BILLED_COST);
        return reads.fetch(db.select(DAILY_COST.CURRENCY, sum).from(DAILY_COST).where(range(start, end, teams))
                .groupBy(DAILY_COST.CURRENCY)).stream()
                .max(Comparator.comparing(r -> r.value2() == null ? BigDecimal.ZERO : r.value2().abs()))
                .map(r -> r.value1()).orElse("USD");
    }

    BigDecimal total(CostMetric metric, String currency, LocalDate start, LocalDate end, @Nullable Set<String> teams) {
        var sums = reads.fetch(db.select(DSL.sum(RollupColumns.metric(metric))).from(DAILY_COST)
                .where(range(start, end, teams).and(DAILY_COST.CURRENCY.eq(currency))));
        BigDecimal v = sums.isEmpty() ? null : sums.getFirst().value1();
        return v == null ? BigDecimal.ZERO : v;
    }

    List<DailyPoint> series(CostMetric metric, String currency, LocalDate start, LocalDate end,
                            @Nullable Set<String> teams) {
        return reads.fetch(db.select(DAILY_COST.CHARGE_DATE, DSL.sum(RollupColumns.metric(metric))).from(DAILY_COST)
                .where(range(start, end, teams).and(DAILY_COST.CURRENCY.eq(currency)))
                .groupBy(DAILY_COST.CHARGE_DATE).orderBy(DAILY_COST.CHARGE_DATE))
                .map(r -> new DailyPoint(r.value1(), r.value2() == null ? BigDecimal.ZERO : r.value2()));
    }

    @Nullable LocalDate lastDay(String currency, @Nullable Set<String> teams) {
        Condition c = DAILY_COST.CURRENCY.eq(currency);
        if (teams != null) {
            c = c.and(DAILY_COST.TEAM.in(teams));
        }
        return db.select(DSL.max(DAILY_COST.CHARGE_DATE)).from(DAILY_COST).where(c).fetchOne(0, LocalDate.class);
    }

    /** Usage cost per account × service per day (the anomaly scan's series), in one currency. */
    Map<String, List<DailyPoint>> byAccountAndService(String currency, LocalDate start, LocalDate end) {
        Map<String, List<DailyPoint>> series = new LinkedHashMap<>();
        db.select(DAILY_COST.SUB_ACCOUNT_ID, DAILY_COST.SERVICE_NAME, DAILY_COST.CHARGE_DATE,
                        DSL.sum(DAILY_COST.EFFECTIVE_COST)).from(DAILY_COST)
                .where(range(start, end, null).and(DAILY_COST.CURRENCY.eq(currency))
                        .and(DAILY_COST.CHARGE_CATEGORY.eq("Usage")))
                .groupBy(DAILY_COST.SUB_ACCOUNT_ID, DAILY_COST.SERVICE_NAME, DAILY_COST.CHARGE_DATE)
                .forEach(r -> series.computeIfAbsent(AnomalyKey.of(r.value1(), r.value2()), k -> new ArrayList<>())
                        .add(new DailyPoint(r.value3(), r.value4() == null ? BigDecimal.ZERO : r.value4())));
        return series;
    }

    /** An account's usage cost of a service by one dimension over [from, until). */
    Map<String, BigDecimal> byDimension(Field<String> dimension, String accountId, String service, String currency,
                                        LocalDate from, LocalDate until) {
        Map<String, BigDecimal> result = new HashMap<>();
        db.select(dimension, DSL.sum(DAILY_COST.EFFECTIVE_COST)).from(DAILY_COST)
                .where(DAILY_COST.CHARGE_DATE.ge(from).and(DAILY_COST.CHARGE_DATE.lt(until))
                        .and(DAILY_COST.SUB_ACCOUNT_ID.eq(accountId)).and(DAILY_COST.SERVICE_NAME.eq(service))
                        .and(DAILY_COST.CURRENCY.eq(currency)).and(DAILY_COST.CHARGE_CATEGORY.eq("Usage")))
                .groupBy(dimension).forEach(r -> result.put(r.value1() == null || r.value1().isEmpty() ? "(none)"
                        : r.value1(), r.value2() == null ? BigDecimal.ZERO : r.value2()));
        return result;
    }

    /** The team with the most spend of an account on a day, and the account's name. */
    @Nullable String teamOf(String accountId, LocalDate day) {
        return db.select(DAILY_COST.TEAM).from(DAILY_COST).where(DAILY_COST.SUB_ACCOUNT_ID.eq(accountId)
                        .and(DAILY_COST.CHARGE_DATE.eq(day)).and(DAILY_COST.TEAM.isNotNull()))
                .groupBy(DAILY_COST.TEAM).orderBy(DSL.sum(DAILY_COST.EFFECTIVE_COST).desc()).limit(1)
                .fetchOne(DAILY_COST.TEAM);
    }

    @Nullable String accountName(String accountId) {
        return db.select(DSL.max(DAILY_COST.SUB_ACCOUNT_NAME)).from(DAILY_COST)
                .where(DAILY_COST.SUB_ACCOUNT_ID.eq(accountId)).fetchOne(0, String.class);
    }

    private static Condition range(LocalDate start, LocalDate end, @Nullable Set<String> teams) {
        Condition c = DAILY_COST.CHARGE_DATE.ge(start).and(DAILY_COST.CHARGE_DATE.lt(end));
        return teams == null ? c : c.and(DAILY_COST.TEAM.in(teams));
    }

}
