package dev.skyway.portal.provisioning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.money.Money;

/**
 * How a set of estimates compared with what the resources then cost per month.
 *
 * @param resources   how many resources were counted (with a full month of cost, in one currency); 0 = no history
 * @param estimated   their estimates summed; absent when none was counted
 * @param actual      their actual monthly costs summed, in the same currency; absent when none was counted
 * @param worstMisses up to {@value #WORST_MISSES} of them with the most money between estimate and actual, largest
 *                    first
 */
public record EstimateAccuracy(int resources, @Nullable Money estimated, @Nullable Money actual,
                               List<Miss> worstMisses) {

    public static final int WORST_MISSES = 3;
    public static final EstimateAccuracy NO_HISTORY = new EstimateAccuracy(0, null, null, List.of());

    public EstimateAccuracy {
        worstMisses = List.copyOf(worstMisses);
    }

    /** Actual over estimate, e.g. {@code 1.12} when the resources cost 12% more; absent when nothing was estimated. */
    public @Nullable BigDecimal ratio() {
        if (estimated == null || actual == null || estimated.isZero()) {
            return null;
        }
        return actual.amount().divide(estimated.amount(), 4, RoundingMode.HALF_UP);
    }

    /** One resource's estimate against its actual monthly cost. */
    public record Miss(UUID resourceId, String name, Money estimate, Money actual) {

        /** How far apart the two are, in money (always positive or zero). */
        public BigDecimal gap() {
            return actual.amount().subtract(estimate.amount()).abs();
        }
    }
}
