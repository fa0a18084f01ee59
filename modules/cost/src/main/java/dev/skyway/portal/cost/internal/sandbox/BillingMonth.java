package dev.skyway.portal.cost.internal.sandbox;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * One billing period being written: its charges run from the first of the month to {@code chargesEnd} (exclusive:
 * the first of next month, or today for the open month, whose BillingPeriodEnd is still the first of next month). A
 * closed month has been invoiced.
 */
record BillingMonth(YearMonth month, LocalDate chargesEnd, @Nullable String invoiceId) {

    LocalDate start() {
        return month.atDay(1);
    }

    LocalDate end() {
        return month.plusMonths(1).atDay(1);
    }

    boolean open() {
        return chargesEnd.isBefore(end());
    }

    long chargedHours() {
        return 24 * ChronoUnit.DAYS.between(start(), chargesEnd);
    }
}
