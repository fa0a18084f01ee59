package dev.skyway.portal.cost.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.skyway.portal.cost.DailySeries;

/**
 * A daily series cut down to what a stacked chart can show: the largest groups by total, the rest summed into
 * "Other", each as one amount per day of the range.
 */
record StackedSeries(String name, Map<LocalDate, BigDecimal> perDay) {

    static final String OTHER = "Other";

    static List<StackedSeries> of(DailySeries daily, int top) {
        List<StackedSeries> result = new ArrayList<>();
        Map<LocalDate, BigDecimal> other = new LinkedHashMap<>();
        List<DailySeries.Series> all = daily.series();
        for (int i = 0; i < all.size(); i++) {
            DailySeries.Series s = all.get(i);
            if (i < top) {
                Map<LocalDate, BigDecimal> days = new LinkedHashMap<>();
                s.points().forEach(p -> days.merge(p.date(), p.amount(), BigDecimal::add));
                result.add(new StackedSeries(s.label(), days));
            } else {
                s.points().forEach(p -> other.merge(p.date(), p.amount(), BigDecimal::add));
            }
        }
        if (!other.isEmpty()) {
            result.add(new StackedSeries(OTHER, other));
        }
        return result;
    }

    BigDecimal on(LocalDate day) {
        return perDay.getOrDefault(day, BigDecimal.ZERO);
    }
}
