package dev.skyway.portal.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.catalog.internal.CostModel;

/**
 * The rules of a cost model, the same for the editor's hints, the facade and the API: a known ISO currency; a base
 * price that is non-negative with at most {@value #MONEY_DECIMALS} decimals; per rate a parameter of the product, a
 * match value that is one of the parameter's allowed values when it has some (none = per unit, which needs a numeric
 * parameter), a non-negative unit price with at most {@value #UNIT_PRICE_DECIMALS} decimals (per-unit prices such as
 * 0.115 per GiB need more than cents), an optional numeric "times" parameter, and no two rates for the same
 * parameter and value.
 */
public final class CostModelRules {

    public static final int MONEY_DECIMALS = 2;
    public static final int UNIT_PRICE_DECIMALS = 6;
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");
    public static final int MAX_RATES = 200;
    public static final int MAX_TEXT = 255;

    private CostModelRules() {
    }

    /** @param parameters the product's (default version's) parameters */
    public static List<CostModelViolation> check(CostModelSpec spec, List<ParameterDescriptor> parameters) {
        List<CostModelViolation> out = new ArrayList<>();
        Map<String, ParameterDescriptor> byKey = parameters.stream()
                .collect(Collectors.toMap(ParameterDescriptor::key, Function.identity(), (a, b) -> a));
        if (spec.currency() == null || spec.currency().isBlank()) {
            out.add(new CostModelViolation("currency", "REQUIRED", "is required (ISO 4217, e.g. USD)"));
        } else if (currency(spec.currency()) == null) {
            out.add(new CostModelViolation("currency", "ALLOWED_VALUES", "must be an ISO 4217 currency code such "
                    + "as USD or EUR"));
        }
        amount(out, "baseMonthly", spec.baseMonthly(), MONEY_DECIMALS);
        if (spec.rates().size() > MAX_RATES) {
            out.add(new CostModelViolation("rates", "MAX_COUNT", "at most " + MAX_RATES + " rates"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < spec.rates().size(); i++) {
            CostModelSpec.Rate rate = spec.rates().get(i);
            String field = "rates[" + i + "].";
            ParameterDescriptor p = null;
            if (rate == null) {
                out.add(new CostModelViolation("rates[" + i + "]", "REQUIRED", "is empty"));
                continue;
            }
            if (rate.parameter() == null || rate.parameter().isBlank()) {
                out.add(new CostModelViolation(field + "parameter", "REQUIRED", "is required"));
            } else if ((p = byKey.get(rate.parameter())) == null) {
                out.add(new CostModelViolation(field + "parameter", "UNKNOWN_PARAMETER", "the product has no "
                        + "parameter " + rate.parameter()));
            } else if (rate.perUnit() && !p.numeric()) {
                out.add(new CostModelViolation(field + "matchValue", "REQUIRED", "is required: " + p.key() + " is "
                        + "not a number, so it cannot be priced per unit"));
            }
            if (!rate.perUnit()) {
                String value = rate.matchValue().strip();
                if (value.length() > MAX_TEXT || CostModel.PER_UNIT.equals(value)) {
                    out.add(new CostModelViolation(field + "matchValue", "ALLOWED_PATTERN", "must be a value of the "
                            + "parameter (at most " + MAX_TEXT + " characters, not \"*\")"));
                } else if (p != null && !p.allowedValues().isEmpty() && !p.allowedValues().contains(value)) {
                    out.add(new CostModelViolation(field + "matchValue", "ALLOWED_VALUES", "must be one of: "
                            + String.join(", ", p.allowedValues())));
                }
            }
            amount(out, field + "unitPrice", rate.unitPrice(), UNIT_PRICE_DECIMALS);
            String times = rate.timesParameter();
            if (times != null && !times.isBlank()) {
                ParameterDescriptor t = byKey.get(times);
                if (t == null) {
                    out.add(new CostModelViolation(field + "timesParameter", "UNKNOWN_PARAMETER", "the product has "
                            + "no parameter " + times));
                } else if (!t.numeric()) {
                    out.add(new CostModelViolation(field + "timesParameter", "NOT_NUMERIC", times + " is not a "
                            + "number parameter"));
                }
            }
            if (rate.parameter() != null && !rate.parameter().isBlank()
                    && !seen.add(rate.parameter() + "\u0000" + (rate.perUnit() ? "" : rate.matchValue().strip()))) {
                out.add(new CostModelViolation(field + "matchValue", "DUPLICATE", "another rate already prices "
                        + rate.parameter() + (rate.perUnit() ? " per unit" : " = " + rate.matchValue().strip())));
            }
        }
        return out;
    }

    /** The model in one line, for the audit ledger. */
    public static String describe(CostModelSpec spec) {
        StringBuilder out = new StringBuilder(spec.baseMonthly().toPlainString()).append(' ').append(spec.currency())
                .append(" base");
        for (CostModelSpec.Rate r : spec.rates()) {
            out.append("; ").append(r.parameter()).append(r.perUnit() ? " per unit" : " = " + r.matchValue())
                    .append(": ").append(r.unitPrice().toPlainString());
            if (r.timesParameter() != null && !r.timesParameter().isBlank()) {
                out.append(" x ").append(r.timesParameter());
            }
        }
        return out.toString();
    }

    static CostModel toModel(String productId, CostModelSpec spec) {
        return new CostModel(productId, Currency.getInstance(spec.currency().strip().toUpperCase()),
                spec.baseMonthly(), spec.rates().stream().map(r -> new CostModel.Rate(r.parameter(),
                r.perUnit() ? CostModel.PER_UNIT : r.matchValue().strip(), r.unitPrice(),
                r.timesParameter() == null || r.timesParameter().isBlank() ? null : r.timesParameter())).toList());
    }

    static CostModelSpec toSpec(CostModel model) {
        return new CostModelSpec(model.currency().getCurrencyCode(), strip(model.baseMonthly()),
                model.rates().stream().map(r -> new CostModelSpec.Rate(r.paramKey(),
                        CostModel.PER_UNIT.equals(r.matchValue()) ? null : r.matchValue(), strip(r.unitPrice()),
                        r.timesParam())).toList());
    }

    private static BigDecimal strip(BigDecimal value) {
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static void amount(List<CostModelViolation> out, String field, @Nullable BigDecimal value, int decimals) {
        if (value == null) {
            out.add(new CostModelViolation(field, "REQUIRED", "is required"));
        } else if (value.signum() < 0) {
            out.add(new CostModelViolation(field, "MIN_VALUE", "must not be negative"));
        } else if (value.compareTo(MAX_AMOUNT) > 0) {
            out.add(new CostModelViolation(field, "MAX_VALUE", "must be at most " + MAX_AMOUNT.toPlainString()));
        } else if (value.stripTrailingZeros().scale() > decimals) {
            out.add(new CostModelViolation(field, "DECIMALS", "must have at most " + decimals + " decimals"));
        }
    }

    private static @Nullable Currency currency(String code) {
        try {
            return Currency.getInstance(code.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
