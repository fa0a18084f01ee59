package dev.skyway.portal.catalog.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.money.Money;

/**
 * Applies a {@link CostModel} to request values: base, plus each rate whose value matches, plus per-unit rates
 * times the parameter's number, each optionally times another parameter's number. Missing values fall back to the
 * defaults given; values that are not numbers count as 0 (the validator refuses them before a request is made).
 */
public final class CostEstimator {

    private CostEstimator() {
    }

    /**
     * @param values   request values (may miss some keys)
     * @param defaults the version's default values
     */
    public static Money estimate(CostModel model, Map<String, String> values, Map<String, String> defaults) {
        BigDecimal total = model.baseMonthly();
        for (CostModel.Rate rate : model.rates()) {
            String value = value(rate.paramKey(), values, defaults);
            BigDecimal amount;
            if (CostModel.PER_UNIT.equals(rate.matchValue())) {
                amount = rate.unitPrice().multiply(number(value));
            } else if (rate.matchValue().equals(value)) {
                amount = rate.unitPrice();
            } else {
                continue;
            }
            if (rate.timesParam() != null) {
                amount = amount.multiply(number(value(rate.timesParam(), values, defaults)));
            }
            total = total.add(amount);
        }
        return new Money(total, model.currency()).rounded(RoundingMode.HALF_UP);
    }

    private static @Nullable String value(String key, Map<String, String> values, Map<String, String> defaults) {
        String value = values.get(key);
        return value == null || value.isEmpty() ? defaults.get(key) : value;
    }

    private static BigDecimal number(@Nullable String value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        try {
            BigDecimal n = new BigDecimal(value.strip());
            return n.signum() < 0 ? BigDecimal.ZERO : n;
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }
}
