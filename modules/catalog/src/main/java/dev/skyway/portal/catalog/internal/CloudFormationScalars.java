package dev.skyway.portal.catalog.internal;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** Scalars as CloudFormation reads them: {@code 2}, {@code 2.0}, {@code true} and {@code "x"} all as text. */
final class CloudFormationScalars {

    private CloudFormationScalars() {
    }

    /** Null stays null; numbers without a needless fraction ({@code 20}, not {@code 20.0}). */
    static @Nullable String text(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case Double d -> BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            case Float f -> BigDecimal.valueOf(f).stripTrailingZeros().toPlainString();
            case BigDecimal b -> b.toPlainString();
            default -> String.valueOf(value);
        };
    }
}
