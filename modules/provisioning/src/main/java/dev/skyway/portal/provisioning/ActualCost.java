package dev.skyway.portal.provisioning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.money.Money;

/**
 * What a provisioned resource actually costs per month, from the cost data (see {@link ResourceCosts}).
 *
 * @param monthly the monthly figure, in the billing currency
 * @param basis   how it was read: the last full calendar month, the last 30 days (the resource is younger than that
 *                month), or, for a resource with fewer than 30 days of cost, its cost so far scaled to 30 days
 * @param from    the first day counted (UTC)
 * @param to      the last day counted (UTC, inclusive)
 * @param days    the days counted
 * @param status  whether the figures are final: {@code FINAL}, {@code OPEN} (the billing period may still be
 *                restated) or {@code ESTIMATED} (the cost source flags them as not final)
 * @param metric  the FOCUS cost column read, e.g. {@code EffectiveCost} (amortized)
 */
public record ActualCost(Money monthly, Basis basis, LocalDate from, LocalDate to, int days, Status status,
                         String metric) {

    public enum Basis { LAST_FULL_MONTH, LAST_30_DAYS, PROJECTED }

    public enum Status { FINAL, OPEN, ESTIMATED }

    public ActualCost {
        Objects.requireNonNull(monthly, "monthly");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(status, "status");
    }

    /** Read over a full month (the last calendar month or 30 days), not projected from fewer days. */
    public boolean fullMonth() {
        return basis != Basis.PROJECTED;
    }

    /**
     * This figure as a share of {@code estimate}, e.g. {@code 1.12} when it is 12% above it; absent without an
     * estimate, with one in another currency, or with an estimate of zero.
     */
    public @Nullable BigDecimal ratioTo(@Nullable Money estimate) {
        if (!monthly.sameCurrency(estimate) || estimate.isZero()) {
            return null;
        }
        return monthly.amount().divide(estimate.amount(), 4, RoundingMode.HALF_UP);
    }
}
