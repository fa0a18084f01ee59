package dev.skyway.portal.cost.internal.sandbox;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Everything the files are written from: the accounts and their resources, how the resources are used day by day,
 * the Savings Plan, a promotional credit and a refund.
 */
record Estate(SandboxAccount management, List<SandboxResource> resources, UsageCurve curve, SavingsPlan savingsPlan,
              Credit credit, Refund refund) {

    /** A promotional credit that pays an account's usage for whole months, {@code from} to {@code until}. */
    record Credit(SandboxAccount account, YearMonth from, YearMonth until) {

        boolean appliesOn(SandboxAccount other, LocalDate day) {
            YearMonth month = YearMonth.from(day);
            return account.equals(other) && !month.isBefore(from) && !month.isAfter(until);
        }
    }

    /** A one-off refund ({@code amount} negative) booked on {@code day}. */
    record Refund(SandboxAccount account, AwsService service, LocalDate day, BigDecimal amount,
                  String description) {
    }
}
