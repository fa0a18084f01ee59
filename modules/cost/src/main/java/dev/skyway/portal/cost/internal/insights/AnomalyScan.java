package dev.skyway.portal.cost.internal.insights;

import static dev.skyway.schema.cost.Tables.DAILY_COST;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Field;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.cost.CostAnomaly;
import dev.skyway.portal.cost.internal.CostProperties;
import dev.skyway.portal.cost.internal.LineItemQueries;
import dev.skyway.portal.cost.internal.analysis.AnomalyDetector;
import dev.skyway.portal.cost.internal.analysis.Contributor;
import dev.skyway.portal.cost.internal.analysis.Contributors;
import dev.skyway.portal.cost.internal.analysis.DetectedAnomaly;

/**
 * Finds anomalies in daily usage cost per account × service (modified z-score against the trailing 28 days) and
 * explains each one: which regions, pricing categories and charge categories moved on that day against the mean of
 * the days before, and, where the line items of those days are kept, which resources and usage types.
 */
@Component
public class AnomalyScan {

    static final int WINDOW = 28;
    static final int MINIMUM_DAYS_WITH_DATA = 14;

    /**
     * A monthly charge (a support fee on the 1st) is not daily usage: a series needs data on at least 14 days and on
     * at least half the days between its first and last.
     */
    static boolean notDaily(List<dev.skyway.portal.cost.internal.analysis.DailyPoint> points) {
        if (points.size() < MINIMUM_DAYS_WITH_DATA) {
            return true;
        }
        java.time.LocalDate first = points.stream().map(p -> p.date()).min(java.util.Comparator.naturalOrder())
                .orElseThrow();
        java.time.LocalDate last = points.stream().map(p -> p.date()).max(java.util.Comparator.naturalOrder())
                .orElseThrow();
        return points.size() * 2L < java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1;
    }
    static final int CONTRIBUTORS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(AnomalyScan.class);

    private final DailyTotals totals;
    private final AnomalyRows rows;
    private final CostProperties properties;
    private final LineItemQueries lineItems;

    AnomalyScan(DailyTotals totals, AnomalyRows rows, CostProperties properties, LineItemQueries lineItems) {
        this.totals = totals;
        this.lineItems = lineItems;
        this.rows = rows;
        this.properties = properties;
    }

    /** Scans the days in [from, to] (inclusive) of every currency; returns how many anomalies it found. */
    @Transactional
    public int scan(LocalDate from, LocalDate to) {
        AnomalyDetector detector = new AnomalyDetector(properties.anomalies().threshold(),
                properties.anomalies().minimumImpact(), WINDOW);
        int found = 0;
        long began = System.nanoTime();
        for (String currency : List.of(totals.currency(from.minusDays(WINDOW), to.plusDays(1), null))) {
            Map<String, List<dev.skyway.portal.cost.internal.analysis.DailyPoint>> series =
                    totals.byAccountAndService(currency, from.minusDays(WINDOW + 1), to.plusDays(1));
            // a monthly charge (a support fee on the 1st) is not daily usage: a series needs most days to have data
            series.values().removeIf(AnomalyScan::notDaily);
            for (DetectedAnomaly a : detector.detect(series, from, to)) {
                save(a, currency);
                found++;
            }
        }
        LOG.info("Anomaly scan of {} to {}: {} found and explained in {} ms", from, to, found,
                (System.nanoTime() - began) / 1_000_000);
        return found;
    }

    private void save(DetectedAnomaly a, String currency) {
        String account = AnomalyKey.account(a.key());
        String service = AnomalyKey.service(a.key());
        String name = totals.accountName(account);
        rows.save("PORTAL", a.date(), a.key(), (name == null ? account : name) + " · " + service, account, service,
                totals.teamOf(account, a.date()), currency, a.expected(), a.actual(), a.impact(), a.score(),
                explain(account, service, currency, a.date()));
    }

    private List<CostAnomaly.Contributor> explain(String account, String service, String currency, LocalDate day) {
        Map<String, Field<String>> dimensions = Map.of("RegionId", DAILY_COST.REGION_ID, "PricingCategory",
                DAILY_COST.PRICING_CATEGORY, "ChargeCategory", DAILY_COST.CHARGE_CATEGORY);
        Map<String, Map<String, BigDecimal>> baseline = new LinkedHashMap<>();
        Map<String, Map<String, BigDecimal>> actual = new LinkedHashMap<>();
        dimensions.forEach((name, field) -> {
            baseline.put(name, dailyMean(totals.byDimension(field, account, service, currency,
                    day.minusDays(WINDOW), day)));
            actual.put(name, totals.byDimension(field, account, service, currency, day, day.plusDays(1)));
        });
        lineItemUsage(account, service, currency, day).ifPresent(usage -> {
            usage.before().forEach((name, sums) -> baseline.put(name, dailyMean(sums)));
            actual.putAll(usage.on());
        });
        List<CostAnomaly.Contributor> result = new ArrayList<>();
        for (Contributor c : Contributors.rank(baseline, actual, CONTRIBUTORS)) {
            result.add(new CostAnomaly.Contributor(c.dimension(), c.key(), c.delta()));
        }
        return result;
    }

    /** Resources and usage types, when the line items are kept; a failed read leaves the rollups' explanation. */
    private Optional<LineItemQueries.Usage> lineItemUsage(String account, String service, String currency,
                                                          LocalDate day) {
        try {
            return lineItems.usageAround(account, service, currency, day, WINDOW);
        } catch (RuntimeException e) {
            LOG.warn("Explaining the anomaly of {} / {} on {} without line items: {}", account, service, day,
                    e.getMessage());
            return Optional.empty();
        }
    }

    private static Map<String, BigDecimal> dailyMean(Map<String, BigDecimal> sums) {
        Map<String, BigDecimal> mean = new HashMap<>(sums);
        mean.replaceAll((k, v) -> v.divide(BigDecimal.valueOf(WINDOW), 4, RoundingMode.HALF_UP));
        return mean;
    }
}
