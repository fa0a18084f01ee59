package dev.skyway.portal.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Cost per day over a range, one series per group (largest first), in one currency. */
public record DailySeries(LocalDate start, LocalDate end, CostMetric metric, String currency, List<Series> series,
                          String scope) {

    public record Series(String key, String label, BigDecimal total, List<Point> points) {
    }

    /** @param estimated whether any figure of the day is not final */
    public record Point(LocalDate date, BigDecimal amount, boolean estimated) {
    }
}
