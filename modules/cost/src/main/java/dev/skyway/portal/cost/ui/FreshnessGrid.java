package dev.skyway.portal.cost.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import dev.skyway.portal.cost.CostOverview;
import dev.skyway.portal.platform.ui.kit.Formats;

/** What is loaded, per billing period and account: where it came from, how fresh, and whether it may still change. */
final class FreshnessGrid extends Div {

    final Grid<CostOverview.Period> grid = new Grid<>();

    FreshnessGrid(List<CostOverview.Period> periods) {
        addClassNames("card", "wide");
        setId("cost-freshness");
        grid.setId("cost-freshness-grid");
        grid.addColumn(CostOverview.Period::period).setHeader("Billing period").setAutoWidth(true);
        grid.addColumn(CostOverview.Period::providerName).setHeader("Provider").setAutoWidth(true);
        grid.addColumn(CostOverview.Period::billingAccountId).setHeader("Billing account").setAutoWidth(true);
        grid.addColumn(CostOverview.Period::source).setHeader("Source").setAutoWidth(true);
        grid.addColumn(p -> Formats.dateTimeWithZone(p.dataAsOf())).setHeader("Data as of").setAutoWidth(true);
        grid.addComponentColumn(p -> Badges.period(p.status())).setHeader("Status").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setItems(periods);
        add(new H2("Data freshness"), new Paragraph("OPEN periods may still change (providers restate a closed month "
                + "for a while); FINAL ones will not; ESTIMATED figures are flagged as not final by their source."),
                grid);
    }
}
