package dev.skyway.portal.incidents.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.incidents.MetricsFigures;
import dev.skyway.portal.incidents.MetricsReport;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ECharts options of the metrics page: incidents per week stacked by severity, the four means per severity (in
 * minutes), and the monthly count with MTTA and MTTR.
 */
final class MetricsCharts {

    static final List<String> SEVERITY_COLORS = List.of("#c62828", "#ef6c00", "#f9a825", "#607d8b");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MetricsCharts() {
    }

    static String weekly(MetricsReport report) {
        List<String> weeks = report.weekly().stream().map(w -> w.weekOf().toString()).toList();
        List<Object> series = new ArrayList<>();
        List<Function<MetricsReport.WeekCount, Integer>> counts = List.of(MetricsReport.WeekCount::sev1,
                MetricsReport.WeekCount::sev2, MetricsReport.WeekCount::sev3, MetricsReport.WeekCount::sev4);
        for (int i = 0; i < counts.size(); i++) {
            series.add(Map.of("name", "SEV" + (i + 1), "type", "bar", "stack", "incidents",
                    "itemStyle", Map.of("color", SEVERITY_COLORS.get(i)),
                    "data", report.weekly().stream().map(counts.get(i)).toList()));
        }
        return option(weeks, series, "incidents", true);
    }

    static String bySeverity(MetricsReport report) {
        List<String> keys = report.bySeverity().stream().map(MetricsFigures::key).toList();
        List<Object> series = List.of(
                means("MTTD", report.bySeverity(), MetricsFigures::mttdSeconds),
                means("MTTA", report.bySeverity(), MetricsFigures::mttaSeconds),
                means("MTTM", report.bySeverity(), MetricsFigures::mttmSeconds),
                means("MTTR", report.bySeverity(), MetricsFigures::mttrSeconds));
        return option(keys, series, "minutes", false);
    }

    static String byMonth(MetricsReport report) {
        List<String> months = report.byMonth().stream().map(MetricsFigures::key).toList();
        Map<String, Object> count = new LinkedHashMap<>(Map.of("name", "Incidents", "type", "bar", "yAxisIndex", 1,
                "itemStyle", Map.of("color", "#b0bec5"),
                "data", report.byMonth().stream().map(MetricsFigures::count).toList()));
        Map<String, Object> mtta = line("MTTA", report.byMonth(), MetricsFigures::mttaSeconds);
        Map<String, Object> mttr = line("MTTR", report.byMonth(), MetricsFigures::mttrSeconds);
        Map<String, Object> option = base(months, List.of(count, mtta, mttr));
        option.put("yAxis", List.of(Map.of("type", "value", "name", "minutes"),
                Map.of("type", "value", "name", "incidents", "minInterval", 1)));
        return JSON.writeValueAsString(option);
    }

    private static Map<String, Object> means(String name, List<MetricsFigures> figures,
                                             Function<MetricsFigures, @Nullable Long> seconds) {
        return Map.of("name", name, "type", "bar", "data", minutes(figures, seconds));
    }

    private static Map<String, Object> line(String name, List<MetricsFigures> figures,
                                            Function<MetricsFigures, @Nullable Long> seconds) {
        return new LinkedHashMap<>(Map.of("name", name, "type", "line", "connectNulls", true,
                "data", minutes(figures, seconds)));
    }

    private static List<@Nullable Double> minutes(List<MetricsFigures> figures,
                                                  Function<MetricsFigures, @Nullable Long> seconds) {
        List<@Nullable Double> minutes = new ArrayList<>();
        for (MetricsFigures f : figures) {
            Long s = seconds.apply(f);
            minutes.add(s == null ? null : Math.round(s / 6.0) / 10.0);
        }
        return minutes;
    }

    private static String option(List<String> categories, List<Object> series, String unit, boolean integers) {
        Map<String, Object> option = base(categories, series);
        option.put("yAxis", integers ? Map.of("type", "value", "name", unit, "minInterval", 1)
                : Map.of("type", "value", "name", unit));
        return JSON.writeValueAsString(option);
    }

    private static Map<String, Object> base(List<String> categories, List<?> series) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")));
        option.put("legend", Map.of("bottom", 0, "type", "scroll"));
        option.put("grid", Map.of("left", 8, "right", 16, "top", 28, "bottom", 40, "containLabel", true));
        option.put("xAxis", Map.of("type", "category", "data", categories, "axisLabel", Map.of("hideOverlap", true)));
        option.put("series", series);
        return option;
    }
}
