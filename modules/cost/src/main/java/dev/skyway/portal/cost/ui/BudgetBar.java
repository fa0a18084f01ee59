package dev.skyway.portal.cost.ui;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;

import dev.skyway.portal.cost.Budget;
import dev.skyway.portal.platform.ui.kit.Formats;

/**
 * How much of a budget is spent: a bar of the actual against the amount (red once it is over), a marker where the
 * forecast for the whole period lands (red when that is over the amount), and the figures in words.
 */
class BudgetBar extends Div {

    final ProgressBar bar = new ProgressBar(0, 1);
    final @Nullable Div marker;
    final Span text = new Span();

    BudgetBar(Budget budget) {
        addClassName("budget-bar");
        getStyle().set("min-width", "12rem");
        BigDecimal used = budget.status().percentUsed();
        bar.setValue(fraction(used));
        if (used.compareTo(BigDecimal.valueOf(100)) >= 0) {
            bar.addThemeVariants(ProgressBarVariant.LUMO_ERROR);
        }
        bar.getElement().setAttribute("aria-label", "Spent " + used.toPlainString() + "% of the budget");
        Div track = new Div(bar);
        track.getStyle().set("position", "relative");
        BigDecimal forecast = budget.forecastPercent();
        if (forecast == null) {
            marker = null;
        } else {
            marker = new Div();
            marker.addClassName("budget-forecast-marker");
            boolean over = forecast.compareTo(BigDecimal.valueOf(100)) > 0;
            marker.getStyle().set("position", "absolute").set("top", "0").set("bottom", "0").set("width", "3px")
                    .set("left", "calc(" + BigDecimal.valueOf(fraction(forecast) * 100).toPlainString()
                            + "% - 1px)")
                    .set("background", over ? "var(--lumo-error-color)" : "var(--lumo-contrast-70pct)");
            marker.getElement().setAttribute("title", "Forecast for the period: "
                    + money(budget.status().forecast(), budget) + " (" + forecast.toPlainString() + "%)");
            track.add(marker);
        }
        text.setText(money(budget.status().actual(), budget) + " · " + used.toPlainString() + "%"
                + (forecast == null ? "" : " · forecast " + money(budget.status().forecast(), budget)));
        text.getStyle().set("font-size", "var(--lumo-font-size-s)");
        add(track, text);
    }

    private static double fraction(BigDecimal percent) {
        return Math.clamp(percent.doubleValue() / 100, 0, 1);
    }

    static String money(@Nullable BigDecimal amount, Budget budget) {
        return Formats.money(amount, budget.amount().currency());
    }
}
