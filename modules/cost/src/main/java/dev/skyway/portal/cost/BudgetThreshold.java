package dev.skyway.portal.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A point at which a budget alerts: when the actual spend of the period, or its forecast for the whole period,
 * reaches {@code percent} of the budget's amount.
 *
 * @param percent 1 to 1000
 */
public record BudgetThreshold(Type type, int percent) {

    public enum Type { ACTUAL, FORECAST }

    public static final int MAX_PERCENT = 1000;

    /** 50, 80 and 100% of the actual spend, and a forecast reaching 100%. */
    public static final List<BudgetThreshold> DEFAULTS = List.of(new BudgetThreshold(Type.ACTUAL, 50),
            new BudgetThreshold(Type.ACTUAL, 80), new BudgetThreshold(Type.ACTUAL, 100),
            new BudgetThreshold(Type.FORECAST, 100));

    public BudgetThreshold {
        if (percent < 1 || percent > MAX_PERCENT) {
            throw new IllegalArgumentException("a threshold's percent must be between 1 and " + MAX_PERCENT);
        }
    }

    /**
     * Reads {@code ACTUAL:80} (case and spaces ignored).
     *
     * @throws IllegalArgumentException saying what a threshold looks like
     */
    public static BudgetThreshold parse(String key) {
        String[] parts = key.strip().toUpperCase(Locale.ROOT).split("\\s*:\\s*");
        try {
            return new BudgetThreshold(Type.valueOf(parts[0]), Integer.parseInt(parts[1]));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + key.strip() + "' is not a threshold: write ACTUAL:<percent> or "
                    + "FORECAST:<percent>, the percent between 1 and " + MAX_PERCENT);
        }
    }

    /** Reads a comma-separated list as {@link #keys(List)} writes it; blank is none. */
    public static List<BudgetThreshold> parseAll(String keys) {
        List<BudgetThreshold> result = new ArrayList<>();
        for (String key : keys.split(",")) {
            if (!key.isBlank()) {
                result.add(parse(key));
            }
        }
        return List.copyOf(result);
    }

    public static String keys(List<BudgetThreshold> thresholds) {
        return String.join(",", thresholds.stream().map(BudgetThreshold::key).toList());
    }

    /** {@code ACTUAL:80}: how the threshold is stored and named in alerts. */
    public String key() {
        return type + ":" + percent;
    }

    /** The amount at which {@code budget} reaches this threshold. */
    public BigDecimal of(BigDecimal budget) {
        return budget.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    /** True when {@code figure} (the actual or the forecast, by type) has reached this threshold of {@code budget}. */
    public boolean crossedBy(BigDecimal figure, BigDecimal budget) {
        return figure.compareTo(of(budget)) >= 0;
    }
}
