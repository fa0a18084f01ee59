package dev.skyway.portal.cost.internal.insights;

import static dev.skyway.schema.cost.Tables.BILLING_PERIOD;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.cost.CostAnomaly;
import dev.skyway.portal.cost.CostForecast;
import dev.skyway.portal.cost.CostMetric;
import dev.skyway.portal.cost.CostOverview;
import dev.skyway.portal.cost.internal.CostProperties;
import dev.skyway.portal.cost.internal.analysis.DailyPoint;
import dev.skyway.portal.cost.internal.analysis.Forecast;
import dev.skyway.portal.cost.internal.analysis.Forecaster;

/** The overview's figures, the forecast and stored anomalies, over the rollups, limited to the given teams. */
@Service
public class Insights {

    static final double CONFIDENCE = 0.8;
    static final int CE_FORECAST_DAYS = 90;
    static final String CE_FORECAST_METRIC = "AMORTIZED_COST";
    static final int HISTORY_DAYS = 365;

    private final DailyTotals totals;
    private final AnomalyRows anomalies;
    private final AnomalyChanges changes;
    private final DSLContext db;
    private final Clock clock;
    private final CostProperties properties;
    private final Forecaster forecaster = new Forecaster();

    private final dev.skyway.portal.platform.aws.AwsClientFactory aws;
    private final dev.skyway.portal.cost.internal.aws.@Nullable CostExplorerForecasts ceForecasts;
    private final dev.skyway.portal.cost.internal.aws.@Nullable CostExplorerAnomalies ceAnomalies;

    Insights(DailyTotals totals, AnomalyRows anomalies, AnomalyChanges changes, DSLContext db, Clock clock,
             CostProperties properties,
             dev.skyway.portal.platform.aws.AwsClientFactory aws,
             org.springframework.beans.factory.ObjectProvider<dev.skyway.portal.cost.internal.aws.CostExplorerForecasts>
                     ceForecasts,
             org.springframework.beans.factory.ObjectProvider<dev.skyway.portal.cost.internal.aws.CostExplorerAnomalies>
                     ceAnomalies) {
        this.aws = aws;
        this.ceForecasts = ceForecasts.getIfAvailable();
        this.ceAnomalies = aws.mode() == dev.skyway.portal.platform.aws.AwsMode.AWS ? ceAnomalies.getIfAvailable()
                : null;
        this.totals = totals;
        this.anomalies = anomalies;
        this.changes = changes;
        this.db = db;
        this.clock = clock;
        this.properties = properties;
    }

    @Transactional(readOnly = true)
    public CostOverview overview(CostMetric metric, @Nullable Set<String> teams, String scope) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate monthStart = today.withDayOfMonth(1);
        LocalDate lastMonthStart = monthStart.minusMonths(1);
        String currency = totals.currency(lastMonthStart, today.plusDays(1), teams);
        BigDecimal mtd = totals.total(metric, currency, monthStart, today, teams);
        long elapsed = today.getDayOfMonth() - 1L;
        BigDecimal samePeriod = totals.total(metric, currency, lastMonthStart,
                lastMonthStart.plusDays(Math.min(elapsed, lastMonthStart.lengthOfMonth())), teams);
        BigDecimal lastMonth = totals.total(metric, currency, lastMonthStart, monthStart, teams);
        BigDecimal monthEnd = null;
        int remaining = (int) (monthStart.lengthOfMonth() - elapsed);
        List<DailyPoint> history = totals.series(metric, currency, today.minusDays(HISTORY_DAYS), today, teams);
        if (!history.isEmpty() && remaining > 0) {
            Forecast f = forecaster.forecast(history, Math.min(92, remaining + (int) java.time.temporal.ChronoUnit
                    .DAYS.between(history.getLast().date(), today.minusDays(1))), CONFIDENCE);
            BigDecimal rest = f.points().stream().filter(p -> !p.date().isBefore(today)
                            && p.date().isBefore(monthStart.plusMonths(1))).map(p -> p.amount())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            monthEnd = mtd.add(rest);
        }
        return new CostOverview(metric, currency, today, mtd, samePeriod, lastMonth, monthEnd, periods(), scope);
    }

    @Transactional(readOnly = true)
    public CostForecast forecast(CostMetric metric, int days, @Nullable Set<String> teams, String scope) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        String currency = totals.currency(today.minusDays(HISTORY_DAYS), today.plusDays(1), teams);
        LocalDate last = totals.lastDay(currency, teams);
        if (last == null) {
            return new CostForecast(metric, currency, null, List.of(), null, Forecaster.METHOD_NONE, CONFIDENCE,
                    scope, List.of());
        }
        List<DailyPoint> history = totals.series(metric, currency, last.minusDays(HISTORY_DAYS - 1L),
                last.plusDays(1), teams);
        Forecast f = forecaster.forecast(history, days, CONFIDENCE);
        return new CostForecast(metric, currency, last, f.points().stream().map(p -> new CostForecast.Point(
                p.date(), p.amount(), p.lower(), p.upper())).toList(), f.mape(), f.method(), CONFIDENCE, scope,
                teams == null ? costExplorerForecast(today, f.points().isEmpty() ? today
                        : f.points().getLast().date()) : List.of());
    }

    /** Cost Explorer's own forecast (AWS mode, whole organization), from the cache only: never a call. */
    private List<CostForecast.Point> costExplorerForecast(LocalDate from, LocalDate until) {
        if (ceForecasts == null || aws.mode() != dev.skyway.portal.platform.aws.AwsMode.AWS) {
            return List.of();
        }
        return ceForecasts.cached(from, from.plusDays(CE_FORECAST_DAYS), CE_FORECAST_METRIC).orElse(List.of())
                .stream().filter(p -> !p.date().isAfter(until))
                .map(p -> new CostForecast.Point(p.date(), p.mean(), p.lower(), p.upper())).toList();
    }

    /** With the portal's changes on each anomaly's account before it ({@link AnomalyChanges}). */
    @Transactional(readOnly = true)
    public List<CostAnomaly> anomalies(LocalDate start, LocalDate end, @Nullable Set<String> teams) {
        return changes.explain(anomalies.find(start, end, teams));
    }

    /** How many days before an anomaly's day the portal's changes on its account are listed with it. */
    public int changeWindowDays() {
        return changes.windowDays();
    }

    @Transactional
    public CostAnomaly feedback(UUID id, String feedback, @Nullable Set<String> teams, String by) {
        CostAnomaly anomaly = anomalies.find(id).orElseThrow(() -> new java.util.NoSuchElementException(
                "No cost anomaly " + id));
        if (teams != null && !teams.contains(anomalies.team(id))) {
            throw new AccessDeniedException("This anomaly is on another team's spend");
        }
        anomalies.feedback(anomaly.id(), feedback, by);
        String awsId = anomalies.externalId(id);
        if ("AWS".equals(anomaly.source()) && awsId != null && ceAnomalies != null) {
            // Cost Anomaly Detection learns from feedback: YES = a real anomaly, NO = not one
            ceAnomalies.feedback(awsId, switch (feedback) {
                case "UNEXPECTED" -> "YES";
                case "PLANNED" -> "PLANNED_ACTIVITY";
                default -> "NO";
            });
        }
        return changes.explain(anomalies.find(id).orElseThrow());
    }

    private List<CostOverview.Period> periods() {
        Instant now = clock.instant();
        return db.selectFrom(BILLING_PERIOD).orderBy(BILLING_PERIOD.PERIOD.desc(), BILLING_PERIOD.PROVIDER_NAME,
                BILLING_PERIOD.BILLING_ACCOUNT_ID).fetch(r -> new CostOverview.Period(r.getPeriod(),
                r.getProviderName(), r.getBillingAccountId(), r.getSource(), r.getRowCount(),
                r.getDataAsOf().toInstant(), status(r.getPeriod(), r.getEstimated(), now)));
    }

    private String status(String period, boolean estimated, Instant now) {
        if (estimated) {
            return "ESTIMATED";
        }
        Instant settled = YearMonth.parse(period).plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC)
                .plus(properties.restatementWindow());
        return now.isAfter(settled) ? "FINAL" : "OPEN";
    }
}
