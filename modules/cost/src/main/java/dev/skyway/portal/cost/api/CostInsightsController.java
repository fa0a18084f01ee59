package dev.skyway.portal.cost.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.skyway.portal.cost.CostAnomaly;
import dev.skyway.portal.cost.CostForecast;
import dev.skyway.portal.cost.CostInsights;
import dev.skyway.portal.cost.CostMetric;
import dev.skyway.portal.cost.CostOverview;
import dev.skyway.portal.cost.InvalidCostQueryException;

/** The cost overview, forecast and anomalies under {@code /api/v1/cost}. */
@Tag(name = "Cost")
@RestController
@RequestMapping("/api/v1/cost")
@PreAuthorize("hasAnyRole('ENGINEER', 'APPROVER', 'FINANCE', 'SECURITY', 'PLATFORM_ADMIN')")
class CostInsightsController {

    private final CostInsights insights;

    CostInsightsController(CostInsights insights) {
        this.insights = insights;
    }

    record PeriodJson(String period, String providerName, String billingAccountId, String source, long rows,
                      Instant dataAsOf, String status) {
    }

    record OverviewJson(String metric, String currency, LocalDate today, BigDecimal monthToDate,
                        BigDecimal samePeriodLastMonth, @Nullable BigDecimal changePercent, BigDecimal lastMonth,
                        @Nullable BigDecimal monthEndForecast, List<PeriodJson> periods, String scope) {
    }

    @Operation(summary = "Get the cost overview")
    @GetMapping("/overview")
    OverviewJson overview(@RequestParam(defaultValue = "EffectiveCost") String metric) {
        CostOverview o = insights.overview(metric(metric));
        return new OverviewJson(o.metric().name(), o.currency(), o.today(), CostJson.cents(o.monthToDate()),
                CostJson.cents(o.samePeriodLastMonth()), o.changePercent(), CostJson.cents(o.lastMonth()),
                o.monthEndForecast() == null ? null : CostJson.cents(o.monthEndForecast()),
                o.periods().stream().map(p -> new PeriodJson(p.period(), p.providerName(), p.billingAccountId(),
                        p.source(), p.rows(), p.dataAsOf(), p.status())).toList(), o.scope());
    }

    record ForecastJson(String metric, String currency, @Nullable LocalDate lastActual,
                        List<CostForecast.Point> points, @Nullable Double mape, String method, double confidence,
                        String scope, List<CostForecast.Point> costExplorer) {
    }

    @Operation(summary = "Forecast cost")
    @GetMapping("/forecast")
    ForecastJson forecast(@RequestParam(defaultValue = "EffectiveCost") String metric,
                          @RequestParam(defaultValue = "30") int days) {
        CostForecast f = insights.forecast(metric(metric), days);
        return new ForecastJson(f.metric().name(), f.currency(), f.lastActual(), f.points(), f.mape(), f.method(),
                f.confidence(), f.scope(), f.costExplorer());
    }

    @Operation(summary = "List cost anomalies")
    @GetMapping("/anomalies")
    List<CostAnomaly> anomalies(@RequestParam String start, @RequestParam String end) {
        return insights.anomalies(date("start", start), date("end", end));
    }

    record FeedbackJson(@Nullable String feedback) {
    }

    @Operation(summary = "Give feedback on a cost anomaly")
    @PostMapping("/anomalies/{id}/feedback")
    CostAnomaly feedback(@PathVariable UUID id, @RequestBody FeedbackJson body) {
        return insights.feedback(id, body.feedback() == null ? "" : body.feedback());
    }

    private static CostMetric metric(String value) {
        try {
            return CostMetric.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidCostQueryException(Map.of("metric", e.getMessage().substring("metric ".length())),
                    e.getMessage());
        }
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidCostQueryException(Map.of(name, "must be a date as YYYY-MM-DD"),
                    name + " must be a date as YYYY-MM-DD");
        }
    }
}
