package dev.skyway.portal.incidents.api;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.skyway.portal.incidents.IncidentMetrics;
import dev.skyway.portal.incidents.MetricsFigures;
import dev.skyway.portal.incidents.MetricsReport;

/**
 * {@code GET /api/v1/incidents/metrics?from=&to=} (UTC days, {@code to} exclusive; default the last 90 days): the
 * means of the whole range at the top level, every one present (null when no incident reached that step), then the
 * breakdowns, the weekly trend and the open action items.
 */
@Tag(name = "Incidents")
@RestController
class IncidentMetricsController {

    private final IncidentMetrics metrics;

    IncidentMetricsController(IncidentMetrics metrics) {
        this.metrics = metrics;
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record FiguresJson(String key, int count, @Nullable Long mttdSeconds, @Nullable Long mttaSeconds,
                       @Nullable Long mttmSeconds, @Nullable Long mttrSeconds) {

        static FiguresJson of(MetricsFigures f) {
            return new FiguresJson(f.key(), f.count(), f.mttdSeconds(), f.mttaSeconds(), f.mttmSeconds(),
                    f.mttrSeconds());
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record MetricsJson(int count, @Nullable Long mttdSeconds, @Nullable Long mttaSeconds,
                       @Nullable Long mttmSeconds, @Nullable Long mttrSeconds, LocalDate from, LocalDate to,
                       List<FiguresJson> bySeverity, List<FiguresJson> byTeam, List<FiguresJson> byMonth,
                       List<MetricsReport.WeekCount> trend, int openActionItems, int overdueActionItems) {
    }

    @Operation(summary = "Get incident metrics",
            description = "Mean times to detect, acknowledge, mitigate and resolve between from and to (UTC days, to "
                    + "exclusive; default the last 90 days), by severity, team and month, with the weekly trend and "
                    + "open action items.")
    @GetMapping("/api/v1/incidents/metrics")
    MetricsJson metrics(@RequestParam(required = false) @Nullable String from,
                        @RequestParam(required = false) @Nullable String to) {
        MetricsReport r = metrics.report(from, to);
        MetricsFigures all = r.all();
        return new MetricsJson(all.count(), all.mttdSeconds(), all.mttaSeconds(), all.mttmSeconds(),
                all.mttrSeconds(), r.from(), r.to(), figures(r.bySeverity()), figures(r.byTeam()),
                figures(r.byMonth()), r.weekly(), r.openActionItems(), r.overdueActionItems());
    }

    private static List<FiguresJson> figures(List<MetricsFigures> figures) {
        return figures.stream().map(FiguresJson::of).toList();
    }
}
