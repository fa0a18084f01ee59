package dev.skyway.portal.catalog;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A product's monthly cost model as platform admins edit it: {@code baseMonthly} plus every rate that applies to the
 * request's values (missing values take the version's defaults). As typed: {@link CostModelRules} says what is
 * missing or wrong.
 *
 * @param currency    ISO 4217 code, e.g. {@code USD}; a missing or unknown one is a violation
 * @param baseMonthly the monthly price of the product itself; a missing one is a violation
 * @param rates       empty: the base price only
 */
public record CostModelSpec(@Nullable String currency, @Nullable BigDecimal baseMonthly, List<Rate> rates) {

    public CostModelSpec {
        rates = rates == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(rates));
    }

    /**
     * One rate.
     *
     * @param parameter      the product parameter the rate looks at; a missing one is a violation
     * @param matchValue     the rate applies when the parameter has this value; absent or blank for "per unit": the
     *                       unit price times the parameter's number (e.g. per GiB of storage; the parameter must be
     *                       numeric)
     * @param unitPrice      monthly price (per unit, or when matched); a missing one is a violation
     * @param timesParameter multiply by this numeric parameter's number (e.g. node count)
     */
    public record Rate(@Nullable String parameter, @Nullable String matchValue, @Nullable BigDecimal unitPrice,
                       @Nullable String timesParameter) {

        /** Per unit of the parameter's number (no match value). */
        public boolean perUnit() {
            return matchValue == null || matchValue.isBlank();
        }
    }
}
