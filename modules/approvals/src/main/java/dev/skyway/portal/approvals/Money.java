package dev.skyway.portal.approvals;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** An amount in a currency (an estimated monthly cost). Neither part is null; the amount is never negative. */
public record Money(BigDecimal amount, Currency currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount must not be negative");
        }
    }

    /**
     * @throws IllegalArgumentException when the currency code is not ISO 4217 or the amount is negative
     */
    public static Money of(String amount, String currencyCode) {
        try {
            return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("amount must be a decimal number");
        }
    }

    /** Whether this is comparable with {@code other} (same currency). */
    public boolean sameCurrency(Money other) {
        return other != null && currency.equals(other.currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
