package dev.skyway.portal.cost;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The headline figures of the cost overview, in one currency, for what the caller may see.
 *
 * @param today               the portal's today (UTC); month to date runs to yesterday
 * @param monthToDate         this month so far
 * @param samePeriodLastMonth last month over the same days, for the change
 * @param lastMonth           the whole last month
 * @param monthEndForecast    month to date plus the forecast of the remaining days; absent without history
 * @param periods             what is loaded, newest first, with freshness and finality
 */
public record CostOverview(CostMetric metric, String currency, LocalDate today, BigDecimal monthToDate,
                           BigDecimal samePeriodLastMonth, BigDecimal lastMonth, @Nullable BigDecimal monthEndForecast,
                           List<Period> periods, String scope) {

    /**
     * A loaded billing period of one billing account.
     *
     * @param status {@code FINAL} (closed past the restatement window), {@code OPEN} (may still change) or
     *               {@code ESTIMATED} (the source flags the figures as estimated)
     */
    public record Period(String period, String providerName, String billingAccountId, String source, long rows,
                         Instant dataAsOf, String status) {
    }

    /** The change against the same days of last month, in percent; absent when last month had nothing. */
    public @Nullable BigDecimal changePercent() {
        if (samePeriodLastMonth.signum() == 0) {
            return null;
        }
        return monthToDate.subtract(samePeriodLastMonth).multiply(BigDecimal.valueOf(100))
                .divide(samePeriodLastMonth.abs(), 1, java.math.RoundingMode.HALF_UP);
    }
}
