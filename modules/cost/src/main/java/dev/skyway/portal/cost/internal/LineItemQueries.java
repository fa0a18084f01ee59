package dev.skyway.portal.cost.internal;

import static dev.skyway.schema.cost.Tables.BILLING_PERIOD;
import static dev.skyway.schema.cost.Tables.DAILY_COST;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.cost.Breakdown;
import dev.skyway.portal.cost.CostMetric;
import dev.skyway.portal.cost.CostQuery;
import dev.skyway.portal.cost.InvalidCostQueryException;
import dev.skyway.portal.cost.internal.engine.LineItemDrillDown;

/**
 * Drill-down below the rollups: breakdowns by resource, SKU or usage type read from the kept line items (Parquet,
 * through DuckDB), and the usage a cost anomaly's explanation compares. The rollups say which billing periods hold
 * the spend asked about, so only their files are read; periods a source delivered as totals only (Cost Explorer,
 * Athena) have no line items and are named instead.
 */
@Repository
public class LineItemQueries {

    public static final String OTHER = "(other)";
    static final String NONE_LABEL = "(none)";
    /** The line-item dimensions an anomaly is explained by. */
    static final List<String> EXPLAINING = List.of("ResourceId", "x_UsageType");

    private final DSLContext db;
    private final CostQueries queries;
    private final RollupFilters filters;
    private final AccountPlacement placement;
    private final LineItemDrillDown drillDown;

    LineItemQueries(DSLContext db, CostQueries queries, RollupFilters filters, AccountPlacement placement,
                    CostProperties properties) {
        this.db = db;
        this.queries = queries;
        this.filters = filters;
        this.placement = placement;
        this.drillDown = new LineItemDrillDown(properties.duckdb().memoryLimit(), properties.duckdb().threads(),
                properties.dataDir().resolve("tmp"));
    }

    /**
     * A breakdown by {@code ResourceId}, {@code SkuId} or {@code x_UsageType}: the
     * {@value CostQuery#LINE_ITEM_TOP} largest groups, then {@code (other)}; line items without a key are the group
     * {@code ""} "(none)".
     *
     * @param scope what the caller may see, said in the answer
     * @throws InvalidCostQueryException when the range has spend but none of it has kept line items
     */
    public Breakdown breakdown(CostQuery q, String scope) {
        Map<String, BigDecimal> byCurrency = queries.totalsByCurrency(q, null);
        String currency = CostQueries.currency(q, byCurrency);
        Kept kept = kept(filters.where(q, null).and(DAILY_COST.CURRENCY.eq(currency)));
        if (kept.files().isEmpty() && !kept.missing().isEmpty()) {
            throw new InvalidCostQueryException(Map.of("groupBy", "needs the kept line items, and there are none "
                    + "for this range: " + kept.missingText()), "groupBy " + q.groupBy() + " needs the kept line "
                    + "items, and there are none for this range: " + kept.missingText());
        }
        LineItemDrillDown.Result result = drillDown.groups(kept.files(), slice(q, currency), q.groupBy(),
                q.metric(), CostQuery.LINE_ITEM_TOP);
        List<Breakdown.Group> groups = new ArrayList<>();
        result.groups().forEach(g -> groups.add(g.key() == null
                ? new Breakdown.Group(CostQueries.NONE, NONE_LABEL, g.amount())
                : new Breakdown.Group(g.key(), g.label() == null ? g.key() : g.label(), g.amount())));
        if (result.others() > 0) {
            groups.add(new Breakdown.Group(OTHER, "(other: " + result.others() + " more)", result.otherAmount()));
        }
        List<String> others = byCurrency.keySet().stream().filter(c -> !c.equals(currency)).sorted().toList();
        return new Breakdown(q.start(), q.end(), q.metric(), currency, result.total(), groups, others,
                kept.missing().isEmpty() ? scope : scope + "; without the line items of " + kept.missingText());
    }

    /**
     * Whether the account has spend in [start, end) and all of it is allocated to these teams (unallocated spend is
     * nobody's, so it does not count as theirs).
     */
    public boolean allocatedOnlyTo(String accountId, LocalDate start, LocalDate end, Set<String> teams) {
        List<String> allocated = db.selectDistinct(DAILY_COST.TEAM).from(DAILY_COST)
                .where(DAILY_COST.SUB_ACCOUNT_ID.eq(accountId).and(DAILY_COST.CHARGE_DATE.ge(start))
                        .and(DAILY_COST.CHARGE_DATE.lt(end)))
                .fetch(DAILY_COST.TEAM);
        return !allocated.isEmpty() && allocated.stream().allMatch(team -> team != null && teams.contains(team));
    }

    /**
     * An account's usage cost (effective) of a service by resource and by usage type: over the {@code days} days
     * before {@code day} (summed, not averaged) and on {@code day}.
     *
     * @param before dimension ({@code ResourceId}, {@code x_UsageType}) → key → cost; "(none)" for no key
     */
    public record Usage(Map<String, Map<String, BigDecimal>> before, Map<String, Map<String, BigDecimal>> on) {
    }

    /** The usage around an anomaly's day; absent when the line items of some of these days are not kept. */
    public Optional<Usage> usageAround(String accountId, String service, String currency, LocalDate day, int days) {
        LocalDate from = day.minusDays(days);
        Kept kept = kept(DAILY_COST.SUB_ACCOUNT_ID.eq(accountId).and(DAILY_COST.SERVICE_NAME.eq(service))
                .and(DAILY_COST.CURRENCY.eq(currency)).and(DAILY_COST.CHARGE_CATEGORY.eq("Usage"))
                .and(DAILY_COST.CHARGE_DATE.ge(from)).and(DAILY_COST.CHARGE_DATE.le(day)));
        if (kept.files().isEmpty() || !kept.missing().isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<String>> filters = Map.of("SubAccountId", List.of(accountId), "ServiceName",
                List.of(service), "ChargeCategory", List.of("Usage"));
        LineItemDrillDown.Split split;
        try (LineItemDrillDown.Session session = drillDown.open()) {
            split = session.split(kept.files(), new LineItemDrillDown.Slice(from, day.plusDays(1), currency,
                    filters), day, EXPLAINING, CostMetric.EffectiveCost);
        }
        return Optional.of(new Usage(named(split.before()), named(split.from())));
    }

    private static Map<String, Map<String, BigDecimal>> named(Map<String, Map<String, BigDecimal>> byGrouping) {
        Map<String, Map<String, BigDecimal>> result = new LinkedHashMap<>();
        byGrouping.forEach((grouping, sums) -> {
            Map<String, BigDecimal> named = new HashMap<>();
            sums.forEach((key, sum) -> named.merge(key.isEmpty() ? NONE_LABEL : key, sum, BigDecimal::add));
            result.put(grouping, named);
        });
        return result;
    }

    /** The query's filters in line-item terms: an OU becomes its accounts. */
    private LineItemDrillDown.Slice slice(CostQuery q, String currency) {
        Map<String, List<String>> filters = new HashMap<>();
        q.filters().forEach((name, value) -> {
            if (CostQuery.UNTAGGED.equals(name)) {
                return; // only untagged=false gets here: it narrows nothing
            }
            boolean ou = "ou".equals(name);
            filters.merge(ou ? "SubAccountId" : name, ou ? placement.accountsUnder(value) : List.of(value),
                    (a, b) -> a.stream().filter(b::contains).toList());
        });
        return new LineItemDrillDown.Slice(q.start(), q.end(), currency, filters);
    }

    /** The kept files of the billing periods that hold the rollup rows matching {@code c}, and the periods without. */
    private record Kept(List<Path> files, Set<String> missing) {

        String missingText() {
            return String.join(", ", missing) + " (not kept: Cost Explorer and Athena deliver totals only)";
        }
    }

    private Kept kept(Condition c) {
        List<Path> files = new ArrayList<>();
        Set<String> missing = new TreeSet<>();
        db.selectDistinct(DAILY_COST.PROVIDER_NAME, DAILY_COST.BILLING_ACCOUNT_ID, DAILY_COST.PERIOD,
                        BILLING_PERIOD.PARQUET_PATH).from(DAILY_COST).leftJoin(BILLING_PERIOD)
                .on(BILLING_PERIOD.PROVIDER_NAME.eq(DAILY_COST.PROVIDER_NAME)
                        .and(BILLING_PERIOD.BILLING_ACCOUNT_ID.eq(DAILY_COST.BILLING_ACCOUNT_ID))
                        .and(BILLING_PERIOD.PERIOD.eq(DAILY_COST.PERIOD)))
                .where(c).forEach(r -> {
                    if (r.value4() == null || !Files.isRegularFile(Path.of(r.value4()))) {
                        missing.add(r.value3());
                    } else {
                        files.add(Path.of(r.value4()));
                    }
                });
        return new Kept(files.stream().distinct().toList(), missing);
    }
}
