package dev.skyway.portal.platform.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An amount of money in an ISO 4217 currency; never a floating point number.
 *
 * <p>The amount is kept exactly as given: nothing is rounded unless a caller asks with {@link #rounded(RoundingMode)}
 * (to the currency's minor unit, e.g. cents). Arithmetic and comparison take money of the same currency only and
 * throw {@link CurrencyMismatchException} otherwise; there is no conversion. Negative amounts are allowed (credits,
 * refunds); a caller that needs a non-negative amount checks {@link #isNegative()} where the value comes in.
 *
 * <p>Equality is the record's: the same currency and an {@linkplain BigDecimal#equals equal} amount, scale included,
 * so {@code 12.5 USD} and {@code 12.50 USD} are not {@code equals} but {@linkplain #compareTo compare} as 0.
 * Round both sides first when equal values must be equal objects.
 *
 * @param amount   exact, as given
 * @param currency ISO 4217
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    /**
     * Parses text such as {@code of("12.50", "USD")}.
     *
     * @throws IllegalArgumentException naming what is wrong: a missing or non-decimal amount, or a currency code
     *                                  that is not ISO 4217 (codes are upper case)
     */
    public static Money of(@Nullable String amount, @Nullable String currencyCode) {
        if (amount == null || amount.isBlank()) {
            throw new IllegalArgumentException("amount is required");
        }
        if (currencyCode == null || currencyCode.isBlank()) {
            throw new IllegalArgumentException("currency is required");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(amount);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("amount must be a decimal number such as 12.50, not '" + amount + "'");
        }
        return new Money(value, currency(currencyCode));
    }

    /** Zero with the currency's number of fraction digits ({@code 0.00 USD}, {@code 0 JPY}). */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO.setScale(Math.max(0, currency.getDefaultFractionDigits())), currency);
    }

    /** @throws CurrencyMismatchException when {@code other} is in another currency */
    public Money plus(Money other) {
        requireSameCurrency("add", other);
        return new Money(amount.add(other.amount), currency);
    }

    /** @throws CurrencyMismatchException when {@code other} is in another currency */
    public Money minus(Money other) {
        requireSameCurrency("subtract", other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** The exact product (e.g. a rate times a quantity); round it afterwards if a price must be in cents. */
    public Money times(BigDecimal factor) {
        Objects.requireNonNull(factor, "factor");
        return new Money(amount.multiply(factor), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    @JsonIgnore // JSON carries amount and currency only, as before
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @JsonIgnore
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** Whether {@code other} is money in the same currency (false when absent), i.e. whether the two compare. */
    public boolean sameCurrency(@Nullable Money other) {
        return other != null && currency.equals(other.currency);
    }

    /**
     * By amount, ignoring scale ({@code 12.5 USD} equals {@code 12.50 USD} here).
     *
     * @throws CurrencyMismatchException when {@code other} is in another currency
     */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency("compare", other);
        return amount.compareTo(other.amount);
    }

    /**
     * This amount with the currency's number of fraction digits ({@code 2} for USD, {@code 0} for JPY), rounded
     * with {@code mode}. Currencies without a minor unit (such as gold, {@code XAU}) come back unchanged.
     */
    public Money rounded(RoundingMode mode) {
        int digits = currency.getDefaultFractionDigits();
        return digits < 0 ? this : new Money(amount.setScale(digits, mode), currency);
    }

    /** {@code 12.50 USD}: the amount as given, never in exponent notation. */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }

    private void requireSameCurrency(String operation, Money other) {
        Objects.requireNonNull(other, "other");
        if (!sameCurrency(other)) {
            throw new CurrencyMismatchException(operation, this, other);
        }
    }

    private static Currency currency(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code such as USD, not '" + code + "'");
        }
    }
}
