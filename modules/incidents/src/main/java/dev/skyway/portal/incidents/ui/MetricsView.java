package dev.skyway.portal.incidents.ui;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import dev.skyway.portal.incidents.IncidentMetrics;
import dev.skyway.portal.incidents.IncidentSandbox;
import dev.skyway.portal.incidents.IncidentsValidationException;
import dev.skyway.portal.incidents.MetricsFigures;
import dev.skyway.portal.incidents.MetricsReport;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.ui.kit.CsvExport;
import dev.skyway.portal.platform.ui.kit.EChart;
import dev.skyway.portal.platform.ui.kit.EmptyState;
import dev.skyway.portal.platform.ui.kit.PageHeader;

/**
 * Incident metrics for everyone signed in: MTTD, MTTA, MTTM and MTTR of the incidents detected in a range (in the
 * URL as {@code ?from=&to=}, {@code to} exclusive; default the last 90 days), the weekly count by severity, the means
 * per severity, per month and per team (with a CSV download), and the open action items. In sandbox mode platform
 * admins find the alert simulator here.
 */
@Route(MetricsView.PATH)
@PageTitle("Incident metrics · Skyway")
@Menu(order = 46, title = "Incident metrics", icon = "vaadin:chart")
@RolesAllowed({"ENGINEER", "APPROVER", "FINANCE", "SECURITY", "PLATFORM_ADMIN"})
public class MetricsView extends Div implements BeforeEnterObserver {

    static final String PATH = IncidentLinks.METRICS;

    private final transient IncidentMetrics metrics;
    private final transient IncidentSandbox sandbox;

    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To (exclusive)");
    final Button simulate = new Button("Simulate alerts", VaadinIcon.BOLT.create());
    final Div content = new Div();
    @Nullable MetricsReport report;

    MetricsView(IncidentMetrics metrics, IncidentSandbox sandbox, CurrentUser currentUser) {
        this.metrics = metrics;
        this.sandbox = sandbox;
        addClassName("page");
        from.setId("metrics-from");
        to.setId("metrics-to");
        from.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                show(from.getValue(), to.getValue(), true);
            }
        });
        to.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                show(from.getValue(), to.getValue(), true);
            }
        });
        simulate.setId("simulate-alerts");
        simulate.setTooltipText("Sends three CloudWatch alarms and an AWS Health event for sandbox accounts through "
                + "the SNS intake");
        simulate.setVisible(sandbox.available()
                && IncidentLinks.isAdmin(currentUser));
        simulate.addClickListener(e -> simulate());
        add(new PageHeader("Incident metrics", "How fast incidents are detected, acknowledged, mitigated and "
                + "resolved, and what is left to do from their postmortems.", from, to, simulate),
                IncidentLinks.sections(PATH, currentUser), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        show(parse(query.get("from")), parse(query.get("to")), false);
    }

    void show(@Nullable LocalDate start, @Nullable LocalDate end, boolean remember) {
        content.removeAll();
        from.setInvalid(false);
        to.setInvalid(false);
        try {
            report = metrics.report(start == null ? null : start.toString(), end == null ? null : end.toString());
        } catch (IncidentsValidationException e) {
            to.setErrorMessage(e.getMessage());
            to.setInvalid(true);
            return;
        }
        MetricsReport r = report;
        from.setValue(r.from());
        to.setValue(r.to());
        if (remember) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("from", r.from().toString());
            params.put("to", r.to().toString());
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                    new Location(PATH, QueryParameters.simple(params))));
        }
        content.add(new MetricsKpis(r));
        if (r.all().count() == 0) {
            EmptyState empty = new EmptyState(VaadinIcon.CHART, "No incidents in this range",
                    "Pick a longer range, or come back once incidents were declared or opened by alerts.", null);
            empty.setId("metrics-empty");
            content.add(empty);
            return;
        }
        Div weekly = chartCard("Incidents per week", "metrics-weekly", MetricsCharts.weekly(r));
        Div monthly = chartCard("Per month: incidents, MTTA and MTTR (minutes)", "metrics-monthly",
                MetricsCharts.byMonth(r));
        Div severity = chartCard("Mean times per severity (minutes)", "metrics-severity",
                MetricsCharts.bySeverity(r));
        Div teams = teams(r);
        weekly.addClassName("wide");
        monthly.addClassName("wide");
        severity.getStyle().set("grid-column", "span 2");
        Div cards = new Div(weekly, severity, teams, monthly);
        cards.addClassName("cards");
        cards.getStyle().set("margin-top", "var(--lumo-space-m)");
        content.add(cards);
    }

    private Div teams(MetricsReport r) {
        Grid<MetricsFigures> grid = new Grid<>();
        grid.setId("metrics-teams");
        grid.addColumn(MetricsFigures::key).setHeader("Team").setFlexGrow(1);
        grid.addColumn(MetricsFigures::count).setHeader("Incidents").setAutoWidth(true);
        grid.addColumn(f -> MetricsKpis.duration(f.mttaSeconds())).setHeader("MTTA").setAutoWidth(true);
        grid.addColumn(f -> MetricsKpis.duration(f.mttrSeconds())).setHeader("MTTR").setAutoWidth(true);
        grid.setItems(r.byTeam());
        grid.setAllRowsVisible(true);
        var csv = new CsvExport<MetricsFigures>().column("team", MetricsFigures::key)
                .column("incidents", MetricsFigures::count).column("mttd_seconds", MetricsFigures::mttdSeconds)
                .column("mtta_seconds", MetricsFigures::mttaSeconds).column("mttm_seconds", MetricsFigures::mttmSeconds)
                .column("mttr_seconds", MetricsFigures::mttrSeconds)
                .downloadLink("CSV", "incident-metrics-by-team-" + r.from() + "-" + r.to() + ".csv",
                        () -> r.byTeam().stream());
        Div card = new Div(new H3("Per team"), grid, csv);
        card.addClassName("card");
        return card;
    }

    private static Div chartCard(String title, String id, String option) {
        EChart chart = new EChart();
        chart.setId(id);
        chart.setHeight("280px");
        chart.setOption(option);
        Div card = new Div(new H3(title), chart);
        card.addClassName("card");
        return card;
    }

    void simulate() {
        IncidentSandbox.Simulation simulation = sandbox.simulateAlerts();
        Notification.show("Sent " + simulation.messages() + " alarms through the sandbox SNS intake; "
                + simulation.alerts() + " alerts opened or repeated. Routing rules decide which open incidents.");
        show(from.getValue(), to.getValue(), false);
    }

    private static @Nullable LocalDate parse(@Nullable List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(values.get(0));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
