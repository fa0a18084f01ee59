package dev.skyway.portal.cost.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;

import dev.skyway.portal.cost.CostForecast;
import dev.skyway.portal.cost.DailySeries;

/**
 * The ECharts option of the daily trend: cost per day stacked by the largest services, then the forecast to the
 * end of the range as a dashed line inside its prediction interval (a band drawn as two stacked lines, the lower one
 * invisible).
 */
final class TrendChart {

    static final int TOP_SERVICES = 6;
    static final String FORECAST = "Forecast";
    static final String INTERVAL = "80% interval";
    private static final String BAND_BASE = "interval lower bound";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TrendChart() {
    }

    /**
     * @param until    the day after the last day on the axis (the forecast fills the days past the actuals)
     * @param forecast drawn only when in the series' currency
     */
    static String option(DailySeries daily, @Nullable CostForecast forecast, LocalDate until) {
        List<LocalDate> days = daily.start().datesUntil(until.isAfter(daily.end()) ? until : daily.end()).toList();
        List<StackedSeries> stacks = StackedSeries.of(daily, TOP_SERVICES);
        List<Object> series = new ArrayList<>();
        List<String> legend = new ArrayList<>();
        for (StackedSeries s : stacks) {
            legend.add(s.name());
            series.add(Map.of("name", s.name(), "type", "bar", "stack", "cost", "barCategoryGap", "10%",
                    "emphasis", Map.of("focus", "series"),
                    "data", days.stream().map(d -> d.isBefore(daily.end()) ? round(s.on(d)) : null).toList()));
        }
        if (forecast != null && forecast.currency().equals(daily.currency()) && !forecast.points().isEmpty()) {
            legend.add(FORECAST);
            legend.add(INTERVAL);
            series.addAll(forecastSeries(days, forecast, stacks));
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis", "axisPointer", Map.of("type", "shadow")));
        option.put("legend", Map.of("data", legend, "bottom", 0, "type", "scroll"));
        option.put("grid", Map.of("left", 8, "right", 16, "top", 16, "bottom", 40, "containLabel", true));
        option.put("xAxis", Map.of("type", "category", "data", days.stream().map(LocalDate::toString).toList(),
                "axisLabel", Map.of("hideOverlap", true)));
        option.put("yAxis", Map.of("type", "value", "name", daily.currency()));
        option.put("series", series);
        return JSON.writeValueAsString(option);
    }

    private static List<Object> forecastSeries(List<LocalDate> days, CostForecast forecast,
                                               List<StackedSeries> stacks) {
        Map<LocalDate, CostForecast.Point> byDay = new LinkedHashMap<>();
        forecast.points().forEach(p -> byDay.put(p.date(), p));
        List<@Nullable BigDecimal> amount = new ArrayList<>();
        List<@Nullable BigDecimal> lower = new ArrayList<>();
        List<@Nullable BigDecimal> width = new ArrayList<>();
        for (LocalDate d : days) {
            CostForecast.Point p = byDay.get(d);
            // the dashed line starts at the last actual day's total so it continues the bars
            BigDecimal start = d.equals(forecast.lastActual()) ? total(stacks, d) : null;
            amount.add(p != null ? round(p.amount()) : start);
            lower.add(p != null ? round(p.lower()) : null);
            width.add(p != null ? round(p.upper().subtract(p.lower())) : null);
        }
        Map<String, Object> none = Map.of("opacity", 0);
        return List.of(
                Map.of("name", BAND_BASE, "type", "line", "stack", "interval", "data", lower, "lineStyle", none,
                        "symbol", "none", "tooltip", Map.of("show", false), "silent", true),
                Map.of("name", INTERVAL, "type", "line", "stack", "interval", "data", width, "lineStyle", none,
                        "symbol", "none", "areaStyle", Map.of("opacity", 0.18, "color", "#1f6feb"), "silent", true),
                Map.of("name", FORECAST, "type", "line", "data", amount, "symbol", "none",
                        "lineStyle", Map.of("type", "dashed", "width", 2, "color", "#1f6feb"),
                        "itemStyle", Map.of("color", "#1f6feb")));
    }

    private static BigDecimal total(List<StackedSeries> stacks, LocalDate day) {
        return round(stacks.stream().map(s -> s.on(day)).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static BigDecimal round(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
