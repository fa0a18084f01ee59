package dev.skyway.portal.compliance.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;

import dev.skyway.portal.compliance.TrendPoint;

/**
 * The ECharts option of the score trends: one line per framework over every day of the range, 0-100 %. Days without
 * a snapshot are gaps the line bridges (a missed snapshot is not a drop to zero).
 */
final class ScoreTrendChart {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ScoreTrendChart() {
    }

    /** @param series framework name to its points, in legend order */
    static String option(Map<String, List<TrendPoint>> series, LocalDate from, LocalDate to) {
        List<LocalDate> days = from.datesUntil(to.plusDays(1)).toList();
        List<Object> lines = new ArrayList<>();
        series.forEach((name, points) -> {
            Map<LocalDate, Integer> byDay = new HashMap<>();
            points.stream().filter(p -> p.counts().score() != null)
                    .forEach(p -> byDay.put(p.day(), p.counts().score()));
            List<@Nullable Integer> data = days.stream().map(byDay::get).toList();
            lines.add(Map.of("name", name, "type", "line", "data", data, "connectNulls", true, "symbol", "none",
                    "smooth", false, "emphasis", Map.of("focus", "series")));
        });
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("data", List.copyOf(series.keySet()), "bottom", 0, "type", "scroll"));
        option.put("grid", Map.of("left", 8, "right", 16, "top", 16, "bottom", 40, "containLabel", true));
        option.put("xAxis", Map.of("type", "category", "data", days.stream().map(LocalDate::toString).toList(),
                "axisLabel", Map.of("hideOverlap", true)));
        option.put("yAxis", Map.of("type", "value", "min", 0, "max", 100, "name", "score %"));
        option.put("series", lines);
        return JSON.writeValueAsString(option);
    }
}
