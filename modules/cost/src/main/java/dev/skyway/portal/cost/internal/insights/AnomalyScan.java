package dev.skyway.portal.cost.internal.insights;

import static dev.skyway.schema.cost.Tables.DAILY_COST;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jooq.Field;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.cost.CostAnomaly;
import dev.skyway.portal.cost.internal.CostProperties;
import dev.skyway.portal.cost.internal.analysis.AnomalyDetector;
import dev.skyway.portal.cost.internal.analysis.Contributor;
import dev.skyway.portal.cost.internal.analysis.Contributors;
import dev.skyway.portal.cost.internal.analysis.DetectedAnomaly;

/**
 * Finds anomalies in daily usage cost per account × service (modified z-score against the trailing 28 days) and
 * explains each one: which regions, pricing categories and charge categories moved on that day against the mean of
 * the days before.
 */
@Component
public class AnomalyScan {

    static final int WINDOW = 28;
    static final int MINIMUM_DAYS_WITH_DATA = 14;

    private final DailyTotals totals;
    private final AnomalyRows rows;
    private final CostProperties properties;

    AnomalyScan(DailyTotals totals, AnomalyRows rows, CostProperties properties) {
        this.totals = totals;
        this.rows = rows;
        this.properties = properties;
    }

    /** Scans the days in [from, to] (inclusive) of every currency; returns how many anomalies it found. */
    @Transactional
    public int scan(LocalDate from, LocalDate to) {
        AnomalyDetector detector = new AnomalyDetector(properties.anomalies().threshold(),
                properties.anomalies().minimumImpact(), WINDOW);
        int found = 0;
        for (String currency : List.of(totals.currency(from.minusDays(WINDOW), to.plusDays(1), null))) {
            Map<String, List<dev.skyway.portal.cost.internal.analysis.DailyPoint>> series =
                    totals.byAccountAndService(currency, from.minusDays(WINDOW + 1), to.plusDays(1));
            // a monthly charge (a support fee on the 1st) is not daily usage: a series needs most days to have data
            series.values().removeIf(points -> points.size() < MINIMUM_DAYS_WITH_DATA);
            for (DetectedAnomaly a : detector.detect(series, from, to)) {
                save(a, currency);
                found++;
            }
        }
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
        Map<String, Map<String, BigDecimal>> baseline = new java.util.LinkedHashMap<>();
        Map<String, Map<String, BigDecimal>> actual = new java.util.LinkedHashMap<>();
        dimensions.forEach((name, field) -> {
            Map<String, BigDecimal> before = totals.byDimension(field, account, service, currency,
                    day.minusDays(WINDOW), day);
            before.replaceAll((k, v) -> v.divide(BigDecimal.valueOf(WINDOW), 4, RoundingMode.HALF_UP));
            baseline.put(name, before);
            actual.put(name, totals.byDimension(field, account, service, currency, day, day.plusDays(1)));
        });
        List<CostAnomaly.Contributor> result = new ArrayList<>();
        for (Contributor c : Contributors.rank(baseline, actual, 5)) {
            result.add(new CostAnomaly.Contributor(c.dimension(), c.key(), c.delta()));
        }
        return result;
    }
}
