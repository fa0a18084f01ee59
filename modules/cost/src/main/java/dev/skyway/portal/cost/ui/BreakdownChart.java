package dev.skyway.portal.cost.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import dev.skyway.portal.cost.Breakdown;

/**
 * The ECharts option of a breakdown: horizontal bars of the largest groups (credits show as negative bars), or a
 * pie of the positive groups with the rest as "Other".
 */
final class BreakdownChart {

    static final int BARS = 15;
    static final int SLICES = 9;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BreakdownChart() {
    }

    static String option(Breakdown breakdown, String chart) {
        return BreakdownState.PIE.equals(chart) ? pie(breakdown) : bar(breakdown);
    }

    static String bar(Breakdown breakdown) {
        // ECharts draws the first category at the bottom: reverse so the largest is on top
        List<Breakdown.Group> groups = new ArrayList<>(breakdown.groups().stream().limit(BARS).toList()).reversed();
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")));
        option.put("grid", Map.of("left", 8, "right", 24, "top", 8, "bottom", 8, "containLabel", true));
        option.put("xAxis", Map.of("type", "value", "name", breakdown.currency()));
        option.put("yAxis", Map.of("type", "category", "data", groups.stream().map(Breakdown.Group::label).toList(),
                "axisLabel", Map.of("width", 220, "overflow", "truncate")));
        option.put("series", List.of(Map.of("type", "bar", "name", CostText.metric(breakdown.metric()),
                "data", groups.stream().map(g -> round(g.amount())).toList(),
                "itemStyle", Map.of("color", "#1f6feb"))));
        return JSON.writeValueAsString(option);
    }

    static String pie(Breakdown breakdown) {
        List<Breakdown.Group> positive = breakdown.groups().stream().filter(g -> g.amount().signum() > 0).toList();
        List<Map<String, Object>> slices = new ArrayList<>();
        positive.stream().limit(SLICES).forEach(g -> slices.add(Map.of("name", g.label(), "value",
                round(g.amount()))));
        BigDecimal rest = positive.stream().skip(SLICES).map(Breakdown.Group::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (rest.signum() > 0) {
            slices.add(Map.of("name", StackedSeries.OTHER, "value", round(rest)));
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "item", "formatter", "{b}: {c} ({d}%)"));
        option.put("series", List.of(Map.of("type", "pie", "radius", List.of("35%", "70%"), "data", slices,
                "label", Map.of("overflow", "truncate", "width", 160))));
        return JSON.writeValueAsString(option);
    }

    private static BigDecimal round(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
