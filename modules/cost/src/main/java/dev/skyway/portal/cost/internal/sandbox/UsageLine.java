package dev.skyway.portal.cost.internal.sandbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** A resource's usage on one day, before any commitment discount. */
record UsageLine(SandboxResource resource, LocalDate day, BigDecimal quantity) {

    BigDecimal listCost() {
        return money(quantity.multiply(resource.meter().unitPrice()));
    }

    UsageLine withQuantity(BigDecimal other) {
        return new UsageLine(resource, day, other);
    }

    /** Costs carry eight decimals, as the exports do (they round to the cent only on the invoice). */
    static BigDecimal money(BigDecimal amount) {
        return amount.setScale(8, RoundingMode.HALF_EVEN);
    }
}
