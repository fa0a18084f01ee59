package dev.skyway.portal.platform.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class MoneyTests {

    static final Currency USD = Currency.getInstance("USD");
    static final Currency JPY = Currency.getInstance("JPY");

    @Test
    void keepsTheAmountExactlyAsGiven() {
        assertThat(Money.of("12.345", "USD").amount()).isEqualTo(new BigDecimal("12.345"));
        assertThat(new Money(new BigDecimal("0.1"), USD).amount()).isEqualTo(new BigDecimal("0.1"));
        assertThat(Money.of("80", "USD").amount().scale()).isZero();
    }

    @Test
    void roundsOnlyWhenAskedToTheCurrencysMinorUnit() {
        assertThat(Money.of("12.345", "USD").rounded(RoundingMode.HALF_UP)).isEqualTo(Money.of("12.35", "USD"));
        assertThat(Money.of("12.345", "USD").rounded(RoundingMode.HALF_EVEN)).isEqualTo(Money.of("12.34", "USD"));
        assertThat(Money.of("12.5", "USD").rounded(RoundingMode.HALF_UP)).isEqualTo(Money.of("12.50", "USD"));
        assertThat(Money.of("1234.5", "JPY").rounded(RoundingMode.HALF_UP)).isEqualTo(Money.of("1235", "JPY"));
        assertThat(Money.of("-2.005", "USD").rounded(RoundingMode.HALF_UP)).isEqualTo(Money.of("-2.01", "USD"));
    }

    @Test
    void aCurrencyWithoutMinorUnitIsNotRounded() {
        Money gold = Money.of("1.23456", "XAU");
        assertThat(gold.rounded(RoundingMode.HALF_UP)).isSameAs(gold);
    }

    @Test
    void addsSubtractsMultipliesAndNegatesExactly() {
        Money a = Money.of("12.50", "USD");
        assertThat(a.plus(Money.of("0.125", "USD"))).isEqualTo(Money.of("12.625", "USD"));
        assertThat(a.minus(Money.of("20", "USD"))).isEqualTo(Money.of("-7.50", "USD"));
        assertThat(Money.of("0.0123", "USD").times(new BigDecimal("730"))).isEqualTo(Money.of("8.9790", "USD"));
        assertThat(a.negate()).isEqualTo(Money.of("-12.50", "USD"));
    }

    @Test
    void negativeAmountsAreAllowedAndSaySo() {
        Money credit = Money.of("-3.20", "USD");
        assertThat(credit.isNegative()).isTrue();
        assertThat(credit.isZero()).isFalse();
        assertThat(Money.of("0", "USD").isNegative()).isFalse();
        assertThat(Money.of("0.00", "USD").isZero()).isTrue();
    }

    @Test
    void mixingCurrenciesIsRefusedWithBothAmountsNamed() {
        Money usd = Money.of("12.50", "USD");
        Money eur = Money.of("5", "EUR");
        assertThatThrownBy(() -> usd.plus(eur)).isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("Cannot add 12.50 USD and 5 EUR: the currencies differ");
        assertThatThrownBy(() -> usd.minus(eur)).isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("subtract");
        assertThatThrownBy(() -> usd.compareTo(eur)).isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("compare");
        assertThat(usd.sameCurrency(eur)).isFalse();
        assertThat(usd.sameCurrency(null)).isFalse();
        assertThat(usd.sameCurrency(Money.of("1", "USD"))).isTrue();
    }

    @Test
    void comparesByAmountIgnoringScaleWhileEqualityKeepsIt() {
        Money a = Money.of("12.5", "USD");
        Money b = Money.of("12.50", "USD");
        assertThat(a.compareTo(b)).isZero();
        assertThat(a).isNotEqualTo(b);
        assertThat(a.rounded(RoundingMode.UNNECESSARY)).isEqualTo(b);
        assertThat(Money.of("49.99", "USD").compareTo(Money.of("50", "USD"))).isNegative();
        assertThat(Money.of("-1", "USD").compareTo(Money.zero(USD))).isNegative();
    }

    @Test
    void zeroHasTheCurrencysFractionDigits() {
        assertThat(Money.zero(USD)).hasToString("0.00 USD");
        assertThat(Money.zero(JPY)).hasToString("0 JPY");
    }

    @Test
    void printsThePlainAmountAndTheCode() {
        assertThat(Money.of("12.50", "USD")).hasToString("12.50 USD");
        assertThat(Money.of("1E+3", "EUR")).hasToString("1000 EUR");
        assertThat(Money.of("-0.5", "GBP")).hasToString("-0.5 GBP");
    }

    @Test
    void parsingSaysWhatIsWrong() {
        assertThatThrownBy(() -> Money.of("12,50", "USD")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount must be a decimal number such as 12.50, not '12,50'");
        assertThatThrownBy(() -> Money.of(" ", "USD")).hasMessage("amount is required");
        assertThatThrownBy(() -> Money.of(null, "USD")).hasMessage("amount is required");
        assertThatThrownBy(() -> Money.of("1", null)).hasMessage("currency is required");
        assertThatThrownBy(() -> Money.of("1", "usd")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency must be an ISO 4217 code such as USD, not 'usd'");
        assertThatThrownBy(() -> Money.of("1", "DOLLAR")).hasMessageContaining("ISO 4217");
    }

    @Test
    void neitherPartMayBeMissing() {
        assertThatThrownBy(() -> new Money(null, USD)).isInstanceOf(NullPointerException.class)
                .hasMessage("amount");
        assertThatThrownBy(() -> new Money(BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("currency");
        assertThatThrownBy(() -> Money.zero(USD).times(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Money.zero(USD).plus(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void travelsAsJsonWithAmountAndCurrencyOnly() {
        JsonMapper json = JsonMapper.builder().build();
        String text = json.writeValueAsString(Money.of("-12.50", "USD"));
        assertThat(text).isEqualTo("{\"amount\":-12.50,\"currency\":\"USD\"}");
        assertThat(json.readValue("{\"amount\":\"80\",\"currency\":\"EUR\"}", Money.class))
                .isEqualTo(Money.of("80", "EUR"));
    }
}
