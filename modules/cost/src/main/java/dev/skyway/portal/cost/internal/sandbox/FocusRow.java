package dev.skyway.portal.cost.internal.sandbox;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** One line item being filled in; what is never set is written as an empty field (null). */
final class FocusRow {

    private final @Nullable String[] cells;

    FocusRow() {
        cells = new String[FocusColumn.values().length];
    }

    FocusRow set(FocusColumn column, @Nullable String value) {
        cells[column.ordinal()] = value;
        return this;
    }

    FocusRow set(FocusColumn column, @Nullable BigDecimal value) {
        return set(column, value == null ? null : plain(value));
    }

    /** A date-time at midnight UTC, the way Data Exports writes them: {@code 2024-09-01T00:00:00Z}. */
    FocusRow set(FocusColumn column, LocalDate day) {
        return set(column, day + "T00:00:00Z");
    }

    /** All four cost metrics at once. */
    FocusRow costs(BigDecimal billed, BigDecimal effective, BigDecimal list, BigDecimal contracted) {
        return set(FocusColumn.BilledCost, billed).set(FocusColumn.EffectiveCost, effective)
                .set(FocusColumn.ListCost, list).set(FocusColumn.ContractedCost, contracted);
    }

    @Nullable String get(FocusColumn column) {
        return cells[column.ordinal()];
    }

    List<@Nullable String> cells() {
        return Arrays.asList(cells);
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
