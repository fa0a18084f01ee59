package dev.skyway.portal.cost.ui;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import dev.skyway.portal.cost.CostInsights;
import dev.skyway.portal.cost.CostMetric;
import dev.skyway.portal.cost.CostOverview;
import dev.skyway.portal.cost.CostReports;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.platform.ui.kit.EmptyState;
import dev.skyway.portal.platform.ui.kit.PageHeader;

/**
 * The cost overview: month to date, change, month-end forecast and last month; the daily trend by service with the
 * forecast and its interval; top movers; recent anomalies; and how fresh and final each loaded billing period is.
 * Everything is read from the rollups in the chosen metric and limited to what the user may see.
 */
@Route(CostLinks.OVERVIEW)
@PageTitle("Cost · Skyway")
@Menu(order = 60, title = "Cost", icon = "vaadin:dollar")
@RolesAllowed({"ENGINEER", "APPROVER", "FINANCE", "SECURITY", "PLATFORM_ADMIN"})
public class CostOverviewView extends Div {

    private final transient CostInsights insights;
    private final transient CostReports reports;
    private final boolean mayImport;

    final Select<CostMetric> metric = MetricSelect.of(MetricSelect.HEADLINE);
    final Div content = new Div();
    @Nullable KpiCards kpis;
    @Nullable TrendCard trend;
    @Nullable TopMoversCard movers;
    @Nullable RecentAnomaliesCard anomalies;
    @Nullable FreshnessGrid freshness;
    @Nullable EmptyState empty;

    CostOverviewView(CostInsights insights, CostReports reports, CurrentUser currentUser) {
        this.insights = insights;
        this.reports = reports;
        this.mayImport = currentUser.find().map(u -> u.hasAnyRole(Role.FINANCE, Role.PLATFORM_ADMIN)).orElse(false);
        addClassName("page");
        metric.setId("cost-metric");
        metric.addValueChangeListener(e -> show());
        add(new PageHeader("Cost", "Where the month stands, where it is heading, what moved, and how final the "
                + "figures are.", metric), content);
        show();
    }

    /** Reads the overview in the chosen metric and lays it out. */
    void show() {
        content.removeAll();
        kpis = null;
        trend = null;
        movers = null;
        anomalies = null;
        freshness = null;
        empty = null;
        CostOverview o = insights.overview(metric.getValue());
        content.add(CostText.scope(o.scope(), "cost-scope"));
        if (o.periods().isEmpty()) {
            empty = new EmptyState(VaadinIcon.DOLLAR, "No cost data yet — import a FOCUS file",
                    "Cost appears here once a FOCUS export (CSV, gzip CSV or Parquet) is imported or an AWS source "
                            + "delivers its first billing period.",
                    mayImport ? CostLinks.anchor("Import a FOCUS file", CostLinks.IMPORTS) : null);
            empty.setId("cost-empty");
            content.add(empty);
            return;
        }
        kpis = new KpiCards(o);
        trend = new TrendCard(reports, insights, o);
        movers = new TopMoversCard(reports, o);
        anomalies = new RecentAnomaliesCard(insights, o);
        freshness = new FreshnessGrid(o.periods());
        Div cards = new Div(trend, movers, anomalies, freshness);
        cards.addClassName("cards");
        cards.getStyle().set("margin-top", "var(--lumo-space-m)");
        content.add(kpis, cards);
    }
}
