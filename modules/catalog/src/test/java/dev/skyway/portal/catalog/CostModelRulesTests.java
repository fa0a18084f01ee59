package dev.skyway.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The cost model rules at their boundaries, without a database. */
class CostModelRulesTests {

    static final List<ParameterDescriptor> PARAMETERS = List.of(
            new ParameterDescriptor("Size", null, null, null, "Number", "20", List.of(), null, null, null, null,
                    null, null, false),
            new ParameterDescriptor("Tier", null, null, null, "String", "small", List.of("small", "large"), null,
                    null, null, null, null, null, false),
            new ParameterDescriptor("Name", null, null, null, "String", "x", List.of(), null, null, null, null,
                    null, null, false));

    static List<CostModelViolation> check(String currency, String base, CostModelSpec.Rate... rates) {
        return CostModelRules.check(new CostModelSpec(currency, base == null ? null : new BigDecimal(base),
                List.of(rates)), PARAMETERS);
    }

    static CostModelSpec.Rate rate(String parameter, String match, String price, String times) {
        return new CostModelSpec.Rate(parameter, match, price == null ? null : new BigDecimal(price), times);
    }

    @Test
    void aValidModelHasNoViolations() {
        assertThat(check("usd", "12.50", rate("Tier", "large", "10", "Size"), rate("Size", null, "0.115", null),
                rate("Name", "special", "0", null))).isEmpty();
    }

    @Test
    void currencyIsRequiredAndMustBeIso4217() {
        assertThat(check(" ", "1")).extracting(CostModelViolation::field, CostModelViolation::rule)
                .containsExactly(tuple("currency", "REQUIRED"));
        assertThat(check("DOLLARS", "1")).extracting(CostModelViolation::rule).containsExactly("ALLOWED_VALUES");
    }

    @Test
    void basePriceIsRequiredNonNegativeWithAtMostTwoDecimals() {
        assertThat(check("USD", null)).extracting(CostModelViolation::rule).containsExactly("REQUIRED");
        assertThat(check("USD", "-0.01")).extracting(CostModelViolation::rule).containsExactly("MIN_VALUE");
        assertThat(check("USD", "0.001")).extracting(CostModelViolation::rule).containsExactly("DECIMALS");
        assertThat(check("USD", "0.100")).isEmpty();
        assertThat(check("USD", "1000000000.01")).extracting(CostModelViolation::rule).containsExactly("MAX_VALUE");
    }

    @Test
    void unitPricesAllowSixDecimalsForPerUnitPricing() {
        assertThat(check("USD", "0", rate("Size", null, "0.000001", null))).isEmpty();
        assertThat(check("USD", "0", rate("Size", null, "0.0000001", null)))
                .extracting(CostModelViolation::field, CostModelViolation::rule)
                .containsExactly(tuple("rates[0].unitPrice", "DECIMALS"));
    }

    @Test
    void perUnitAndTimesNeedNumericParameters() {
        assertThat(check("USD", "0", rate("Name", "", "1", null)))
                .extracting(CostModelViolation::field, CostModelViolation::rule)
                .containsExactly(tuple("rates[0].matchValue", "REQUIRED"));
        assertThat(check("USD", "0", rate("Tier", "small", "1", "Name")))
                .extracting(CostModelViolation::field, CostModelViolation::rule)
                .containsExactly(tuple("rates[0].timesParameter", "NOT_NUMERIC"));
    }

    @Test
    void matchValuesMustBeAllowedValuesAndNotTheReservedStar() {
        assertThat(check("USD", "0", rate("Tier", "medium", "1", null))).extracting(CostModelViolation::rule)
                .containsExactly("ALLOWED_VALUES");
        assertThat(check("USD", "0", rate("Name", "*", "1", null))).extracting(CostModelViolation::rule)
                .containsExactly("ALLOWED_PATTERN");
    }

    @Test
    void tooManyRatesAreRefused() {
        List<CostModelSpec.Rate> many = Collections.nCopies(CostModelRules.MAX_RATES + 1,
                rate("Tier", "small", "1", null));
        assertThat(CostModelRules.check(new CostModelSpec("USD", BigDecimal.ONE, many), PARAMETERS))
                .extracting(CostModelViolation::rule).contains("MAX_COUNT", "DUPLICATE");
    }

    @Test
    void describeSaysTheModelInOneLine() {
        assertThat(CostModelRules.describe(new CostModelSpec("USD", new BigDecimal("5"), List.of(
                rate("Tier", "large", "10", "Size"), rate("Size", null, "0.1", null)))))
                .isEqualTo("5 USD base; Tier = large: 10 x Size; Size per unit: 0.1");
    }
}
