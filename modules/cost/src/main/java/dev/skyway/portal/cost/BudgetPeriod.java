package dev.skyway.portal.cost;

import java.time.LocalDate;

/** How long a budget's amount lasts. Periods are calendar months and quarters in UTC. */
public enum BudgetPeriod {
    MONTHLY, QUARTERLY;

    /** The first day of the period that holds {@code day}. */
    public LocalDate start(LocalDate day) {
        LocalDate month = day.withDayOfMonth(1);
        return this == MONTHLY ? month : month.withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
    }

    /** The first day after the period that holds {@code day}. */
    public LocalDate end(LocalDate day) {
        return start(day).plusMonths(this == MONTHLY ? 1 : 3);
    }

    /** {@code 2026-12} or {@code 2026-Q4}: names the period that holds {@code day}, e.g. in sent alerts. */
    public String key(LocalDate day) {
        return this == MONTHLY ? java.time.YearMonth.from(day).toString()
                : day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }
}
