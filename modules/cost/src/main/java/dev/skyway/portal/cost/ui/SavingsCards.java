package dev.skyway.portal.cost.ui;

import java.math.BigDecimal;
import java.util.Currency;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import dev.skyway.portal.cost.SavingsCoverage;
import dev.skyway.portal.cost.SavingsSummary;
import dev.skyway.portal.platform.ui.kit.Formats;

/** The savings page's four figures: estimated savings still open, realized savings, coverage and utilization. */
class SavingsCards extends Div {

    final Span estimated = value("savings-estimated");
    final Span realized = value("savings-realized");
    final Span coverage = value("savings-coverage");
    final Span utilization = value("savings-utilization");
    private final Paragraph estimatedHint = new Paragraph();
    private final Paragraph realizedHint = new Paragraph();
    private final Paragraph coverageHint = new Paragraph();
    private final Paragraph utilizationHint = new Paragraph();

    SavingsCards() {
        addClassName("cards");
        add(card("Estimated savings", estimated, estimatedHint), card("Realized savings", realized, realizedHint),
                card("Commitment coverage", coverage, coverageHint),
                card("Commitment utilization", utilization, utilizationHint));
    }

    void show(SavingsSummary s) {
        Currency currency = Currency.getInstance(s.currency());
        estimated.setText(Formats.money(s.estimatedMonthlySavings(), currency) + " / month");
        estimatedHint.setText(s.open() + " open, " + s.accepted() + " accepted"
                + (s.otherCurrencies().isEmpty() ? "" : "; amounts in " + String.join(", ", s.otherCurrencies())
                + " not included"));
        realized.setText(Formats.money(s.realizedMonthlySavings(), currency) + " / month");
        realizedHint.setText(s.done() + " done" + (s.measuring() == 0 ? "" : ", " + s.measuring()
                + " still being measured (3 days of cost needed)") + ". Measured per account and service.");
        SavingsCoverage c = s.coverage();
        Currency coverageCurrency = Currency.getInstance(c.currency());
        coverage.setText(percent(c.coverage()));
        coverageHint.setText(c.month() + ": " + Formats.money(c.coveredCost(), coverageCurrency) + " of "
                + Formats.money(c.eligibleCost(), coverageCurrency) + " eligible compute covered");
        utilization.setText(c.commitment() ? percent(c.utilization()) : "No commitment");
        utilizationHint.setText(c.note());
    }

    private static String percent(@Nullable BigDecimal value) {
        return value == null ? "—" : value.toPlainString() + " %";
    }

    private static Span value(String id) {
        Span value = new Span();
        value.setId(id);
        value.addClassName("savings-figure");
        value.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        return value;
    }

    private static Div card(String title, Span value, Paragraph hint) {
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "var(--lumo-space-xs) 0 0");
        Div card = new Div(new H3(title), value, hint);
        card.addClassName("card");
        return card;
    }
}
