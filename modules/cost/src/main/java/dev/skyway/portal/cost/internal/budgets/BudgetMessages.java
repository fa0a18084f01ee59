package dev.skyway.portal.cost.internal.budgets;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.cost.BudgetStatus;
import dev.skyway.portal.cost.BudgetThreshold;
import dev.skyway.portal.platform.notify.Notification;

/** The words of a budget alert: a one-line subject that says what happened, and the figures behind it. */
final class BudgetMessages {

    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    private BudgetMessages() {
    }

    /**
     * @param link where the budgets are shown
     */
    static Notification alert(StoredBudget budget, BudgetStatus status, BudgetThreshold threshold, String link) {
        BudgetSpec spec = budget.spec();
        Currency currency = spec.amount().currency();
        String amount = money(spec.amount().amount(), currency);
        String subject = threshold.type() == BudgetThreshold.Type.ACTUAL
                ? "Budget " + spec.name() + ": " + threshold.percent() + "% of " + amount + " used ("
                + money(status.actual(), currency) + ")"
                : "Budget " + spec.name() + ": forecast " + money(status.forecast(), currency) + " reaches "
                + threshold.percent() + "% of " + amount;
        String body = capitalized(spec.scope().label()) + ", " + spec.period().name().toLowerCase(Locale.ROOT)
                + " budget of " + amount + " in " + spec.metric() + " for " + status.periodKey() + ".\n"
                + "Spent so far: " + money(status.actual(), currency) + " (" + status.percentUsed().toPlainString()
                + "%).\n"
                + "Forecast for the period: " + (status.forecast() == null ? "not available"
                : money(status.forecast(), currency)) + ".\n"
                + "Threshold reached: " + threshold.key() + " (figures from " + status.figuresFrom() + ").";
        return new Notification(recipients(budget.createdBy()), subject, body, link);
    }

    /** The creator, when the portal knows their email; the webhook posts either way. */
    static List<String> recipients(String createdBy) {
        return createdBy.matches(EMAIL) ? List.of(createdBy) : List.of();
    }

    /** {@code USD 1,000.00}. */
    static String money(@Nullable BigDecimal amount, Currency currency) {
        if (amount == null) {
            return "—";
        }
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        DecimalFormat format = new DecimalFormat(digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
                DecimalFormatSymbols.getInstance(Locale.US));
        return currency.getCurrencyCode() + " " + format.format(amount);
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
