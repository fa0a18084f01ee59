package dev.skyway.portal.catalog.internal;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A product's monthly cost: {@code base} plus each rate that applies. */
public record CostModel(String productId, Currency currency, BigDecimal baseMonthly, List<Rate> rates) {

    /** {@link #matchValue()} for rates priced per unit of the parameter's number (e.g. per GiB). */
    public static final String PER_UNIT = "*";

    /**
     * @param paramKey   the parameter the rate looks at
     * @param matchValue the value that costs {@code unitPrice}, or {@link #PER_UNIT}
     * @param unitPrice  monthly price
     * @param timesParam multiply by this parameter's number (e.g. node count)
     */
    public record Rate(String paramKey, String matchValue, BigDecimal unitPrice, @Nullable String timesParam) {
    }
}
