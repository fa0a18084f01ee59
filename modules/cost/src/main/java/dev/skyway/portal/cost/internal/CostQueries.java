package dev.skyway.portal.cost.internal;

import static dev.skyway.schema.cost.Tables.DAILY_COST;
import static dev.skyway.schema.cost.Tables.DAILY_TAG_COST;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.cost.Breakdown;
import dev.skyway.portal.cost.CostMetric;
import dev.skyway.portal.cost.CostQuery;
import dev.skyway.portal.cost.DailySeries;
import dev.skyway.portal.cost.SharedCostRule;
import dev.skyway.portal.cost.Showback;

/**
 * Reads the daily rollups: breakdowns and daily series in one currency, filtered and limited to what the caller
 * may see. Never reads line items and never calls AWS.
 */
@Repository
public class CostQueries {

    static final String NONE = "";

    private final DSLContext db;
    private final AccountPlacement placement;
    private final RollupReads reads;
    private final RollupFilters filters;

    CostQueries(DSLContext db, AccountPlacement placement, RollupReads reads, RollupFilters filters) {
        this.db = db;
        this.placement = placement;
        this.reads = reads;
        this.filters = filters;
    }

    /** A group's key and label as read from one row, before amounts are summed. */
    private record Key(String key, String label) {
    }

    @Transactional(readOnly = true)
    public Breakdown breakdown(CostQuery q, @Nullable Set<String> teams, String scope) {
        Map<String, BigDecimal> byCurrency;
        String currency;
        Map<Key, BigDecimal> sums;
        if (q.isTagGroup()) {
            byCurrency = totalsByCurrency(q, teams);
            currency = currency(q, byCurrency);
            sums = tagSums(q, teams, currency);
        } else {
            // one query: every currency's groups at once; the answer's currency is picked from their totals
            Map<String, Map<Key, BigDecimal>> groupsByCurrency = groupsByCurrency(q, teams);
            byCurrency = new TreeMap<>();
            groupsByCurrency.forEach((c, groups) -> byCurrency.put(c, groups.values().stream()
                    .reduce(BigDecimal.ZERO, BigDecimal::add)));
            currency = currency(q, byCurrency);
            sums = groupsByCurrency.getOrDefault(currency, Map.of());
        }
        List<Breakdown.Group> groups = sums.entrySet().stream()
                .map(e -> new Breakdown.Group(e.getKey().key(), e.getKey().label(), e.getValue()))
                .sorted(Comparator.comparing(Breakdown.Group::amount).reversed().thenComparing(Breakdown.Group::key))
                .toList();
        BigDecimal total = byCurrency.getOrDefault(currency, BigDecimal.ZERO);
        List<String> others = byCurrency.keySet().stream().filter(c -> !c.equals(currency)).sorted().toList();
        return new Breakdown(q.start(), q.end(), q.metric(), currency, total, groups, others, scope);
    }

    @Transactional(readOnly = true)
    public DailySeries daily(CostQuery q, @Nullable Set<String> teams, String scope) {
        String currency = currency(q, totalsByCurrency(q, teams));
        Map<LocalDate, Map<Key, BigDecimal>> byDay = q.isTagGroup() ? tagDaily(q, teams, currency)
                : sums(q, teams, currency, true);
        Map<LocalDate, Boolean> estimated = estimatedDays(q, teams, currency);
        Map<Key, BigDecimal> totals = new LinkedHashMap<>();
        byDay.values().forEach(m -> m.forEach((k, v) -> totals.merge(k, v, BigDecimal::add)));
        List<DailySeries.Series> series = new ArrayList<>();
        totals.entrySet().stream().sorted(Map.Entry.<Key, BigDecimal>comparingByValue().reversed())
                .forEach(e -> {
                    List<DailySeries.Point> points = new ArrayList<>();
                    for (LocalDate d = q.start(); d.isBefore(q.end()); d = d.plusDays(1)) {
                        BigDecimal v = byDay.getOrDefault(d, Map.of()).getOrDefault(e.getKey(), BigDecimal.ZERO);
                        points.add(new DailySeries.Point(d, v, estimated.getOrDefault(d, false)));
                    }
                    series.add(new DailySeries.Series(e.getKey().key(), e.getKey().label(), e.getValue(), points));
                });
        return new DailySeries(q.start(), q.end(), q.metric(), currency, series, scope);
    }

    /** A month's spend by team, service, account and charge category, for the showback. */
    @Transactional(readOnly = true)
    public Showback showback(YearMonth month, CostMetric metric, List<SharedCostRule> rules, @Nullable Set<String> teams,
                             String scope) {
        CostQuery q = new CostQuery(month.atDay(1), month.plusMonths(1).atDay(1), metric, null, Map.of(), null);
        Map<String, BigDecimal> byCurrency = totalsByCurrency(q, null);
        String currency = currency(q, byCurrency);
        Field<BigDecimal> sum = DSL.sum(RollupColumns.metric(metric));
        List<ShowbackCalculator.Spend> spend = db.select(DAILY_COST.TEAM, DAILY_COST.SERVICE_NAME,
                        DAILY_COST.SUB_ACCOUNT_ID, DAILY_COST.CHARGE_CATEGORY, sum).from(DAILY_COST)
                .where(filters.where(q, null).and(DAILY_COST.CURRENCY.eq(currency)))
                .groupBy(DAILY_COST.TEAM, DAILY_COST.SERVICE_NAME, DAILY_COST.SUB_ACCOUNT_ID,
                        DAILY_COST.CHARGE_CATEGORY)
                .fetch(r -> new ShowbackCalculator.Spend(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5() == null ? BigDecimal.ZERO : r.value5()));
        ShowbackCalculator.Result result = ShowbackCalculator.split(spend, rules);
        List<Showback.Line> lines = teams == null ? result.lines()
                : result.lines().stream().filter(l -> teams.contains(l.team())).toList();
        List<String> otherCurrencies = (teams == null ? byCurrency : totalsByCurrency(q, teams)).keySet().stream()
                .filter(c -> !c.equals(currency)).toList();
        return new Showback(month.toString(), metric, currency, lines, teams == null ? result.pools() : List.of(),
                scope, otherCurrencies);
    }

    /** The total per billing currency under the query's filters. */
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> totalsByCurrency(CostQuery q, @Nullable Set<String> teams) {
        Field<BigDecimal> sum = DSL.sum(RollupColumns.metric(q.metric()));
        Map<String, BigDecimal> totals = new TreeMap<>();
        reads.fetch(db.select(DAILY_COST.CURRENCY, sum).from(DAILY_COST).where(filters.where(q, teams))
                .groupBy(DAILY_COST.CURRENCY))
                .forEach(r -> totals.put(r.value1(), r.value2() == null ? BigDecimal.ZERO : r.value2()));
        return totals;
    }

    static String currency(CostQuery q, Map<String, BigDecimal> byCurrency) {
        if (q.currency() != null) {
            return q.currency();
        }
        return byCurrency.entrySet().stream().max(Comparator.comparing(e -> e.getValue().abs()))
                .map(Map.Entry::getKey).orElse("USD");
    }

    private Map<@Nullable LocalDate, Map<Key, BigDecimal>> sums(CostQuery q, @Nullable Set<String> teams,
                                                                String currency, boolean perDay) {
        Field<String> key = RollupColumns.dimension(q.groupBy());
        Field<BigDecimal> sum = DSL.sum(RollupColumns.metric(q.metric()));
        // PostgreSQL refuses a constant in GROUP BY: the total is grouped by nothing (or by day only)
        List<Field<?>> groupBy = new ArrayList<>();
        if (q.groupBy() != null) {
            groupBy.add(key);
        }
        if (perDay) {
            groupBy.add(DAILY_COST.CHARGE_DATE);
        }
        Map<@Nullable LocalDate, Map<Key, BigDecimal>> result = new LinkedHashMap<>();
        Map<String, String> ous = "ou".equals(q.groupBy()) ? placement.ouPaths() : Map.of();
        Field<String> labels = labels(q.groupBy());
        reads.fetch(db.select(key, labels, sum, perDay ? DAILY_COST.CHARGE_DATE : DSL.inline((LocalDate) null))
                .from(DAILY_COST).where(filters.where(q, teams).and(DAILY_COST.CURRENCY.eq(currency)))
                .groupBy(groupBy)).forEach(r -> {
                    String k = r.value1() == null ? NONE : r.value1();
                    Key group = regroup(q.groupBy(), k, r.value2(), ous);
                    result.computeIfAbsent(r.value4(), d -> new LinkedHashMap<>())
                            .merge(group, r.value3() == null ? BigDecimal.ZERO : r.value3(), BigDecimal::add);
                });
        return result;
    }

    private Map<String, Map<Key, BigDecimal>> groupsByCurrency(CostQuery q, @Nullable Set<String> teams) {
        Field<String> key = RollupColumns.dimension(q.groupBy());
        Field<String> labels = labels(q.groupBy());
        List<Field<?>> groupBy = new ArrayList<>(List.of(DAILY_COST.CURRENCY));
        if (q.groupBy() != null) {
            groupBy.add(key);
        }
        Map<String, String> ous = "ou".equals(q.groupBy()) ? placement.ouPaths() : Map.of();
        Map<String, Map<Key, BigDecimal>> result = new TreeMap<>();
        reads.fetch(db.select(DAILY_COST.CURRENCY, key, labels, DSL.sum(RollupColumns.metric(q.metric())))
                .from(DAILY_COST).where(filters.where(q, teams)).groupBy(groupBy)).forEach(r -> result.computeIfAbsent(r.value1(),
                        c -> new LinkedHashMap<>()).merge(regroup(q.groupBy(), r.value2() == null ? NONE
                        : r.value2(), r.value3(), ous), r.value4() == null ? BigDecimal.ZERO : r.value4(),
                        BigDecimal::add));
        return result;
    }

    /**
     * What a group is called: an account's name (any of its rows' names), else the grouped value itself, selected
     * as it is; a max() over the grouped text would compare every row's value for nothing.
     */
    private static Field<String> labels(@Nullable String groupBy) {
        Field<String> key = RollupColumns.dimension(groupBy);
        Field<String> label = RollupColumns.label(groupBy);
        return groupBy == null || label.equals(key) ? key : DSL.max(label);
    }

    /** Accounts fold into their OU here (the OU lives in the inventory, not in the rollup). */
    private static Key regroup(@Nullable String groupBy, String key, @Nullable String label,
                               Map<String, String> ous) {
        if ("ou".equals(groupBy)) {
            String ou = ous.get(key);
            return new Key(ou == null ? NONE : ou, ou == null ? "(not in the inventory)" : ou);
        }
        if (groupBy == null) {
            return new Key("total", "Total");
        }
        if (key.isEmpty()) {
            return new Key(NONE, switch (groupBy) {
                case "team" -> "(unallocated)";
                case "costCenter" -> "(no cost center)";
                case "RegionId" -> "(global)";
                default -> "(none)";
            });
        }
        return new Key(key, label == null || label.isBlank() ? key : label);
    }

    private Map<Key, BigDecimal> tagSums(CostQuery q, @Nullable Set<String> teams, String currency) {
        Map<Key, BigDecimal> result = new LinkedHashMap<>();
        tagDaily(q, teams, currency).values().forEach(m -> m.forEach((k, v) -> result.merge(k, v, BigDecimal::add)));
        return result;
    }

    /** By tag value per day; what carries no value for the key shows as "(untagged)". */
    private Map<LocalDate, Map<Key, BigDecimal>> tagDaily(CostQuery q, @Nullable Set<String> teams,
                                                          String currency) {
        Field<BigDecimal> sum = DSL.sum(RollupColumns.tagMetric(q.metric()));
        Map<LocalDate, Map<Key, BigDecimal>> result = new TreeMap<>();
        Map<LocalDate, BigDecimal> tagged = new TreeMap<>();
        db.select(DAILY_TAG_COST.CHARGE_DATE, DAILY_TAG_COST.TAG_VALUE, sum).from(DAILY_TAG_COST)
                .where(filters.tagWhere(q, teams).and(DAILY_TAG_COST.CURRENCY.eq(currency)))
                .groupBy(DAILY_TAG_COST.CHARGE_DATE, DAILY_TAG_COST.TAG_VALUE).forEach(r -> {
                    BigDecimal v = r.value3() == null ? BigDecimal.ZERO : r.value3();
                    result.computeIfAbsent(r.value1(), d -> new LinkedHashMap<>())
                            .merge(new Key(r.value2(), r.value2()), v, BigDecimal::add);
                    tagged.merge(r.value1(), v, BigDecimal::add);
                });
        Map<@Nullable LocalDate, Map<Key, BigDecimal>> totals = sums(q.withGroupBy(null), teams, currency, true);
        totals.forEach((day, m) -> {
            BigDecimal all = m.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal rest = all.subtract(tagged.getOrDefault(day, BigDecimal.ZERO));
            if (day != null && rest.signum() != 0) {
                result.computeIfAbsent(day, d -> new LinkedHashMap<>()).merge(new Key(NONE, "(untagged)"), rest,
                        BigDecimal::add);
            }
        });
        return result;
    }

    private Map<LocalDate, Boolean> estimatedDays(CostQuery q, @Nullable Set<String> teams, String currency) {
        Map<LocalDate, Boolean> result = new TreeMap<>();
        reads.fetch(db.selectDistinct(DAILY_COST.CHARGE_DATE).from(DAILY_COST).where(filters.where(q, teams)
                        .and(DAILY_COST.CURRENCY.eq(currency)).and(DAILY_COST.ESTIMATED.isTrue())))
                .forEach(r -> result.put(r.value1(), true));
        return result;
    }
}
