package dev.skyway.portal.cost.ui;

import java.math.BigDecimal;
import java.util.Currency;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.cost.Recommendation;
import dev.skyway.portal.cost.RecommendationAction;
import dev.skyway.portal.platform.ui.kit.Formats;

/** How the savings page writes amounts and moves. */
final class SavingsFormats {

    private SavingsFormats() {
    }

    static String money(@Nullable BigDecimal amount, String currency) {
        return Formats.money(amount, Currency.getInstance(currency));
    }

    /** The realized monthly savings, "measuring" while fewer than 3 days of cost exist, blank until done. */
    static String realized(Recommendation r) {
        Recommendation.Realized realized = r.realized();
        if (realized == null) {
            return "";
        }
        if (realized.monthlySavings() == null) {
            return realized.baselineDailyCost() == null ? "no cost data before"
                    : "measuring (" + realized.daysMeasured() + " of " + Recommendation.Realized.MIN_DAYS + " days)";
        }
        return money(realized.monthlySavings(), r.figures().currency());
    }

    static String label(RecommendationAction action) {
        return switch (action) {
            case ACCEPT -> "Accept";
            case DONE -> "Mark done";
            case DISMISS -> "Dismiss";
            case REOPEN -> "Reopen";
        };
    }
}
