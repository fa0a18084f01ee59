package dev.skyway.portal.cost.internal.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money leaves the analysis with cents, like the rollups it came from. */
final class Amounts {

    private Amounts() {
    }

    static BigDecimal cents(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
