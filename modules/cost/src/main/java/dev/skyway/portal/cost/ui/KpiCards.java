package dev.skyway.portal.cost.ui;

import java.math.BigDecimal;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import dev.skyway.portal.cost.CostOverview;

/** The four headline figures: month to date, change against the same days of last month, forecast, last month. */
final class KpiCards extends Div {

    final Span monthToDate = new Span();
    final Span change = new Span();
    final Span forecast = new Span();
    final Span lastMonth = new Span();

    KpiCards(CostOverview o) {
        addClassName("cards");
        setId("cost-kpis");
        String c = o.currency();
        int days = o.today().getDayOfMonth() - 1;
        monthToDate.setText(CostText.money(o.monthToDate(), c));
        BigDecimal percent = o.changePercent();
        change.setText(CostText.signedPercent(percent));
        if (percent != null && percent.signum() != 0) {
            // more spend is the news finance looks for: rises red, falls green
            change.getStyle().set("color", percent.signum() > 0 ? "var(--lumo-error-text-color)"
                    : "var(--lumo-success-text-color)");
            change.getElement().setAttribute("data-direction", percent.signum() > 0 ? "up" : "down");
        }
        forecast.setText(CostText.money(o.monthEndForecast(), c));
        lastMonth.setText(CostText.money(o.lastMonth(), c));
        add(card("kpi-month-to-date", "Month to date", monthToDate, days == 0 ? "No full day yet this month"
                        : "The first " + days + (days == 1 ? " day" : " days") + " of " + month(o)),
                card("kpi-change", "Change vs same days last month", change,
                        CostText.money(o.samePeriodLastMonth(), c) + " over the same days last month"),
                card("kpi-forecast", "Month-end forecast", forecast, o.monthEndForecast() == null
                        ? "Not enough history to forecast" : "Month to date plus the forecast of the rest"),
                card("kpi-last-month", "Last month", lastMonth, o.today().minusMonths(1).getMonth()
                        .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.US)));
    }

    private static String month(CostOverview o) {
        return o.today().getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.US);
    }

    private static Div card(String id, String label, Span value, String note) {
        Span title = new Span(label);
        title.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        value.setId(id);
        value.addClassName("kpi-value");
        value.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        Span small = new Span(note);
        small.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-xs)");
        Div card = new Div(title, value, small);
        card.addClassNames("card", "kpi");
        card.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        return card;
    }
}
