package dev.skyway.portal.cost.internal.sandbox;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The organization's EC2 Instance Savings Plan: bought by the management account for one year, an hourly
 * commitment spent on m5 usage in us-east-1 at {@code 1 - discount} of the on-demand price.
 */
record SavingsPlan(String arn, String name, SandboxAccount owner, BigDecimal hourlyCommitment, BigDecimal discount,
                   LocalDate start, LocalDate end) {

    static final String TYPE = "Savings Plan";
    static final String CATEGORY = "Spend";

    boolean activeOn(LocalDate day) {
        return !day.isBefore(start) && day.isBefore(end);
    }

    BigDecimal dailyCommitment() {
        return hourlyCommitment.multiply(BigDecimal.valueOf(24));
    }

    /** The recurring fee for {@code hours} of the plan. */
    BigDecimal fee(long hours) {
        return UsageLine.money(hourlyCommitment.multiply(BigDecimal.valueOf(hours)));
    }

    /** What the covered usage costs at the plan's rate. */
    BigDecimal rate(BigDecimal listCost) {
        return UsageLine.money(listCost.multiply(BigDecimal.ONE.subtract(discount)));
    }
}
