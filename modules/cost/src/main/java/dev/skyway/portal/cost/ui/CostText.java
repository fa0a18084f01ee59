package dev.skyway.portal.cost.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.html.Paragraph;

import dev.skyway.portal.cost.CostMetric;
import dev.skyway.portal.platform.ui.kit.Formats;

/** How the cost views write amounts, changes, metrics, days and what a figure is limited to. */
final class CostText {

    static final String NONE = "—";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    private CostText() {
    }

    /** {@code $1,234.56}; a code the JDK does not know is written after the amount. */
    static String money(@Nullable BigDecimal amount, String currency) {
        if (amount == null) {
            return NONE;
        }
        try {
            return Formats.money(amount, Currency.getInstance(currency));
        } catch (IllegalArgumentException unknownCode) {
            return amount.setScale(2, RoundingMode.HALF_UP).toPlainString() + " " + currency;
        }
    }

    /** A change with its sign: {@code +$12.00}, {@code −$3.50}. */
    static String signedMoney(BigDecimal delta, String currency) {
        String sign = delta.signum() > 0 ? "+" : delta.signum() < 0 ? "−" : "";
        return sign + money(delta.abs(), currency);
    }

    /** {@code +12.3 %}, {@code −4.0 %}, or a dash when there is nothing to compare with. */
    static String signedPercent(@Nullable BigDecimal percent) {
        if (percent == null) {
            return NONE;
        }
        BigDecimal p = percent.setScale(1, RoundingMode.HALF_UP);
        String sign = p.signum() > 0 ? "+" : p.signum() < 0 ? "−" : "±";
        return sign + p.abs().toPlainString() + " %";
    }

    /** {@code 6.2 %}. */
    static String percent(double value) {
        return String.format(Locale.US, "%.1f %%", value);
    }

    static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** What people call the metric. */
    static String metric(CostMetric metric) {
        return switch (metric) {
            case BilledCost -> "Billed";
            case EffectiveCost -> "Effective (amortized)";
            case ListCost -> "List";
            case ContractedCost -> "Contracted";
        };
    }

    /** "Showing: team payments": every cost view says what its figures are limited to. */
    static Paragraph scope(String scope, String id) {
        Paragraph p = new Paragraph("Showing: " + scope);
        p.setId(id);
        p.addClassName("cost-scope");
        p.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");
        return p;
    }
}
