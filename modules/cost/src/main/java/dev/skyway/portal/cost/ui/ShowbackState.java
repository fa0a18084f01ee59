package dev.skyway.portal.cost.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.router.QueryParameters;

import dev.skyway.portal.cost.CostMetric;

/**
 * What the showback page shows, as it travels in the URL: {@code month} (YYYY-MM) and {@code metric}. Without a
 * month it is the last full month: the current one is still growing and shows as month to date.
 */
record ShowbackState(YearMonth month, CostMetric metric) {

    static final String MONTH = "month";
    static final String METRIC = "metric";
    /** How many months back the picker offers (the URL may ask for older ones). */
    static final int MONTHS_BACK = 24;

    static ShowbackState defaults(LocalDate today) {
        return new ShowbackState(YearMonth.from(today).minusMonths(1), CostMetric.EffectiveCost);
    }

    /** A state read from the URL, and what of it could not be read (by parameter; defaults stand in). */
    record Parsed(ShowbackState state, Map<String, String> problems) {
    }

    static Parsed parse(QueryParameters parameters, LocalDate today) {
        ShowbackState d = defaults(today);
        Map<String, String> problems = new LinkedHashMap<>();
        YearMonth month = d.month();
        String monthText = parameters.getSingleParameter(MONTH).orElse("").strip();
        if (!monthText.isEmpty()) {
            try {
                month = YearMonth.parse(monthText);
            } catch (DateTimeParseException e) {
                problems.put(MONTH, "'" + monthText + "' is not a month (YYYY-MM)");
            }
            if (month.isAfter(YearMonth.from(today))) {
                problems.put(MONTH, month + " has not begun yet");
                month = d.month();
            }
        }
        CostMetric metric = d.metric();
        String metricText = parameters.getSingleParameter(METRIC).orElse("");
        if (!metricText.isBlank()) {
            try {
                metric = CostMetric.parse(metricText.strip());
            } catch (IllegalArgumentException e) {
                problems.put(METRIC, e.getMessage());
            }
        }
        return new Parsed(new ShowbackState(month, metric), problems);
    }

    QueryParameters toQueryParameters() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put(MONTH, List.of(month.toString()));
        params.put(METRIC, List.of(metric.name()));
        return new QueryParameters(params);
    }

    /** Whether the month is the current one: its figures are month to date and still estimated. */
    boolean monthToDate(LocalDate today) {
        return month.equals(YearMonth.from(today));
    }

    ShowbackState withMonth(YearMonth other) {
        return new ShowbackState(other, metric);
    }

    ShowbackState withMetric(CostMetric other) {
        return new ShowbackState(month, other);
    }

    /** The months the picker offers, newest first: this one back {@link #MONTHS_BACK}, and the shown one. */
    static List<YearMonth> months(LocalDate today, YearMonth shown) {
        List<YearMonth> months = new ArrayList<>();
        YearMonth current = YearMonth.from(today);
        for (int i = 0; i <= MONTHS_BACK; i++) {
            months.add(current.minusMonths(i));
        }
        if (!months.contains(shown)) {
            months.add(shown);
        }
        return months;
    }

    /** {@code September 2024}, and for the current month {@code October 2024 · month to date (estimated)}. */
    static String label(YearMonth month, LocalDate today) {
        return name(month) + (month.equals(YearMonth.from(today)) ? " · month to date (estimated)" : "");
    }

    static String name(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.US) + " " + month.getYear();
    }

    /** {@code Sep 2024}. */
    static String shortName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.SHORT, Locale.US) + " " + month.getYear();
    }
}
