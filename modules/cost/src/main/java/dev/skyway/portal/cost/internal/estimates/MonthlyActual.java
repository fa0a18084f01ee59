package dev.skyway.portal.cost.internal.estimates;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.Map;
import java.util.Set;

import dev.skyway.portal.cost.CostMetric;
import dev.skyway.portal.platform.money.Money;
import dev.skyway.portal.provisioning.ActualCost;

/**
 * The monthly figure of one resource's daily cost. Measured against the last day the rollups hold (the data's "as
 * of", not today: data lags a day or more; a terminated resource's own last day of cost), it is the last full calendar month when the resource ran all of it, else
 * the last 30 days when it ran all of those, else its cost since the day after its first day of cost (launch days are
 * partial), scaled to 30 days. The figure is rounded to the currency's minor unit.
 */
final class MonthlyActual {

    static final int MONTH_DAYS = 30;
    /** Amortized: commitment purchases spread over what they cover, as a resource's share of them. */
    static final CostMetric METRIC = CostMetric.EffectiveCost;

    private MonthlyActual() {
    }

    /** The earliest day any resource's figure reads, given the rollups' last day. */
    static LocalDate earliestDay(LocalDate latestDay) {
        LocalDate monthStart = lastFullMonth(latestDay).atDay(1);
        LocalDate thirtyDays = latestDay.minusDays(MONTH_DAYS - 1);
        return monthStart.isBefore(thirtyDays) ? monthStart : thirtyDays;
    }

    /**
     * @param firstDay      the resource's first day of cost
     * @param latestDay     the last day the rollups hold, for any resource; or the resource's own last day of cost
     *                      when it stopped before (terminated)
     * @param daily         the resource's cost per day in {@code currency}; days without a row cost nothing
     * @param estimatedDays days on which the source flags some of its cost as estimated
     * @param now           for whether the period is past its restatement window
     * @param restatement   how long after a billing period ends its figures may still change
     */
    static ActualCost of(LocalDate firstDay, LocalDate latestDay, Map<LocalDate, BigDecimal> daily,
                         Set<LocalDate> estimatedDays, Currency currency, Instant now, Duration restatement) {
        YearMonth month = lastFullMonth(latestDay);
        LocalDate thirtyDays = latestDay.minusDays(MONTH_DAYS - 1);
        if (firstDay.isBefore(month.atDay(1))) {
            return figure(ActualCost.Basis.LAST_FULL_MONTH, month.atDay(1), month.atEndOfMonth(), daily,
                    estimatedDays, currency, now, restatement);
        }
        if (firstDay.isBefore(thirtyDays)) {
            return figure(ActualCost.Basis.LAST_30_DAYS, thirtyDays, latestDay, daily, estimatedDays, currency, now,
                    restatement);
        }
        LocalDate from = firstDay.isBefore(latestDay) ? firstDay.plusDays(1) : firstDay;
        return figure(ActualCost.Basis.PROJECTED, from, latestDay, daily, estimatedDays, currency, now,
                restatement);
    }

    private static ActualCost figure(ActualCost.Basis basis, LocalDate from, LocalDate to,
                                     Map<LocalDate, BigDecimal> daily, Set<LocalDate> estimatedDays,
                                     Currency currency, Instant now, Duration restatement) {
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        BigDecimal sum = BigDecimal.ZERO;
        boolean estimated = false;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            sum = sum.add(daily.getOrDefault(day, BigDecimal.ZERO));
            estimated |= estimatedDays.contains(day);
        }
        BigDecimal monthly = basis == ActualCost.Basis.PROJECTED
                ? sum.multiply(BigDecimal.valueOf(MONTH_DAYS)).divide(BigDecimal.valueOf(days), 10,
                RoundingMode.HALF_UP) : sum;
        Money money = new Money(monthly, currency).rounded(RoundingMode.HALF_UP);
        return new ActualCost(money, basis, from, to, days, status(to, estimated, now, restatement),
                METRIC.name());
    }

    /** As the cost overview says of a billing period: estimated by the source, final, or open to restatement. */
    static ActualCost.Status status(LocalDate lastDay, boolean estimated, Instant now, Duration restatement) {
        if (estimated) {
            return ActualCost.Status.ESTIMATED;
        }
        Instant settled = YearMonth.from(lastDay).plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC)
                .plus(restatement);
        return now.isAfter(settled) ? ActualCost.Status.FINAL : ActualCost.Status.OPEN;
    }

    private static YearMonth lastFullMonth(LocalDate latestDay) {
        return YearMonth.from(latestDay.plusDays(1)).minusMonths(1);
    }
}
