package dev.skyway.portal.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * A product's monthly cost model as platform admins edit it: {@code baseMonthly} plus every rate that applies to the
 * request's values (missing values take the version's defaults).
 *
 * @param currency    ISO 4217 code, e.g. {@code USD}; null or unknown is a violation
 * @param baseMonthly the monthly price of the product itself; null is a violation
 * @param rates       never null (empty: the base price only)
 */
public record CostModelSpec(String currency, BigDecimal baseMonthly, List<Rate> rates) {

    public CostModelSpec {
        rates = rates == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(rates));
    }

    /**
     * One rate.
     *
     * @param parameter      the product parameter the rate looks at
     * @param matchValue     the rate applies when the parameter has this value; null or blank for "per unit": the
     *                       unit price times the parameter's number (e.g. per GiB of storage; the parameter must be
     *                       numeric)
     * @param unitPrice      monthly price (per unit, or when matched)
     * @param timesParameter multiply by this numeric parameter's number (e.g. node count); may be null
     */
    public record Rate(String parameter, String matchValue, BigDecimal unitPrice, String timesParameter) {

        /** Per unit of the parameter's number (no match value). */
        public boolean perUnit() {
            return matchValue == null || matchValue.isBlank();
        }
    }
}
