package dev.skyway.portal.cost.ui;

import java.time.LocalDate;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import dev.skyway.portal.cost.CostForecast;
import dev.skyway.portal.cost.CostInsights;
import dev.skyway.portal.cost.CostOverview;
import dev.skyway.portal.cost.CostQuery;
import dev.skyway.portal.cost.CostReports;
import dev.skyway.portal.cost.DailySeries;
import dev.skyway.portal.platform.ui.kit.EChart;

/**
 * The last 90 days stacked by service, followed by the forecast to the end of the month with its 80% interval, and
 * the forecast's backtest error underneath.
 */
final class TrendCard extends Div {

    static final int DAYS = 90;
    /** The longest forecast the facade makes; the chart shows the part up to the month's end. */
    static final int FORECAST_DAYS = 92;

    final EChart chart = new EChart();
    final Paragraph accuracy = new Paragraph();
    final String option;

    TrendCard(CostReports reports, CostInsights insights, CostOverview o) {
        addClassNames("card", "wide");
        setId("cost-trend");
        LocalDate today = o.today();
        LocalDate monthEnd = today.withDayOfMonth(1).plusMonths(1);
        DailySeries daily = reports.daily(new CostQuery(today.minusDays(DAYS), today, o.metric(), "ServiceName",
                Map.of(), o.currency()));
        CostForecast forecast = insights.forecast(o.metric(), FORECAST_DAYS);
        option = TrendChart.option(daily, forecast, monthEnd);
        chart.setId("cost-trend-chart");
        chart.setHeight("320px");
        chart.setOption(option);
        accuracy.setId("cost-forecast-accuracy");
        accuracy.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        accuracy.setText(forecast.mape() == null
                ? "Backtest error (MAPE): not enough history yet to measure the forecast."
                : "Backtest error (MAPE): " + CostText.percent(forecast.mape()) + " · " + forecast.method()
                        + ", " + Math.round(forecast.confidence() * 100) + " % prediction interval (shaded)");
        add(new H2("Daily cost, last " + DAYS + " days, by service"), chart, accuracy);
    }
}
