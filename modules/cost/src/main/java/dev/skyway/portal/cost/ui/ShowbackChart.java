package dev.skyway.portal.cost.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The ECharts option of a showback: one horizontal bar per team, its direct cost and its part of the shared costs
 * stacked, so the bar's length is the team's total. Largest on top; the unallocated spend at the bottom, in grey.
 */
final class ShowbackChart {

    static final String DIRECT_COLOR = "#1f6feb";
    static final String SHARED_COLOR = "#8ab4f8";
    static final String UNALLOCATED_COLOR = "#9aa4b2";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ShowbackChart() {
    }

    static String option(List<ShowbackRow> rows, String currency) {
        // ECharts draws the first category at the bottom: reverse so the largest is on top
        List<ShowbackRow> bars = new ArrayList<>(rows).reversed();
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")));
        option.put("legend", Map.of("data", List.of("Direct", "Shared"), "top", 0));
        option.put("grid", Map.of("left", 8, "right", 24, "top", 32, "bottom", 28, "containLabel", true));
        option.put("xAxis", Map.of("type", "value", "name", currency, "nameLocation", "middle", "nameGap", 28));
        option.put("yAxis", Map.of("type", "category", "data", bars.stream().map(ShowbackRow::label).toList(),
                "axisLabel", Map.of("width", 200, "overflow", "truncate")));
        option.put("series", List.of(series("Direct", DIRECT_COLOR, bars, true),
                series("Shared", SHARED_COLOR, bars, false)));
        return JSON.writeValueAsString(option);
    }

    /** The chart's height for this many bars: room for each, within reason. */
    static String height(int bars) {
        return Math.clamp(90 + 26L * bars, 200, 540) + "px";
    }

    private static Map<String, Object> series(String name, String color, List<ShowbackRow> bars, boolean direct) {
        List<Object> data = new ArrayList<>();
        for (ShowbackRow row : bars) {
            BigDecimal value = round(direct ? row.direct() : row.shared());
            // the unallocated spend is no team's: grey, so it does not read as one more team
            data.add(row.unallocated() && direct ? Map.of("value", value, "itemStyle",
                    Map.of("color", UNALLOCATED_COLOR)) : value);
        }
        return Map.of("type", "bar", "name", name, "stack", "total", "data", data, "itemStyle",
                Map.of("color", color), "emphasis", Map.of("focus", "series"));
    }

    private static BigDecimal round(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
