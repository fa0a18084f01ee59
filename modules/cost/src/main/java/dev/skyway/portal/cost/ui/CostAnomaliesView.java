package dev.skyway.portal.cost.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import dev.skyway.portal.cost.CostAnomaly;
import dev.skyway.portal.cost.CostInsights;
import dev.skyway.portal.cost.CostReports;
import dev.skyway.portal.cost.InvalidCostQueryException;
import dev.skyway.portal.platform.ui.kit.CsvExport;
import dev.skyway.portal.platform.ui.kit.EmptyState;
import dev.skyway.portal.platform.ui.kit.PageHeader;

/**
 * Days whose cost for an account and service stood out, largest impact first. Each row opens what moved and what the
 * portal changed on the account in the days before, links to the breakdown around that day and to the account, and
 * takes the user's word on what it was.
 */
@Route(CostLinks.ANOMALIES)
@PageTitle("Cost anomalies · Skyway")
@Menu(order = 62, title = "Cost anomalies", icon = "vaadin:flash")
@RolesAllowed({"ENGINEER", "APPROVER", "FINANCE", "SECURITY", "PLATFORM_ADMIN"})
public class CostAnomaliesView extends Div implements BeforeEnterObserver {

    private final transient CostInsights insights;
    private final transient Clock clock;

    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To (inclusive)");
    final Grid<CostAnomaly> grid = new Grid<>();
    final Div export = new Div();
    final EmptyState empty = new EmptyState(VaadinIcon.FLASH, "No anomalies in this range",
            "Anomalies are found after each import, on daily cost per account and service against the 28 days "
                    + "before.", null);
    private final List<CostAnomaly> anomalies = new ArrayList<>();
    private boolean filling;

    CostAnomaliesView(CostInsights insights, CostReports reports, Clock clock) {
        this.insights = insights;
        this.clock = clock;
        addClassName("page");
        add(new PageHeader("Cost anomalies", "Days whose cost for an account and service rose well above the 28 "
                + "days before, with what moved. Say what each was, so the next person knows it was looked at."),
                CostText.scope(reports.visibility().scope(), "anomalies-scope"), filters(), export, configureGrid(),
                empty);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(AnomalyRange.parse(event.getLocation().getQueryParameters(), today()));
    }

    void show(QueryParameters parameters) {
        show(AnomalyRange.parse(parameters, today()));
    }

    private HorizontalLayout filters() {
        List.of(from, to).forEach(f -> {
            f.setManualValidation(true);
            f.addValueChangeListener(e -> {
                if (!filling) {
                    edited();
                }
            });
        });
        HorizontalLayout bar = new HorizontalLayout(from, to);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private Grid<CostAnomaly> configureGrid() {
        grid.setId("anomalies-grid");
        grid.addColumn(a -> a.date().toString()).setHeader("Date").setAutoWidth(true).setSortable(true)
                .setComparator(CostAnomaly::date);
        grid.addColumn(CostAnomaly::label).setHeader("Account · service").setFlexGrow(2);
        grid.addColumn(a -> CostText.money(a.expected(), a.currency())).setHeader("Expected")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(a -> CostText.money(a.actual(), a.currency())).setHeader("Actual")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(a -> CostText.signedMoney(a.impact(), a.currency())).setHeader("Impact")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setSortable(true)
                .setComparator(CostAnomaly::impact);
        grid.addColumn(a -> String.format(java.util.Locale.US, "%.1f", a.score())).setHeader("Score")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(a -> a.feedback() == null ? "—" : AnomalyDetails.label(a.feedback())).setHeader("Feedback")
                .setAutoWidth(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** The details row of one anomaly. */
    AnomalyDetails details(CostAnomaly anomaly) {
        return new AnomalyDetails(anomaly, insights.changeWindowDays(), this::feedback);
    }

    void show(AnomalyRange range) {
        filling = true;
        try {
            from.setValue(range.from());
            to.setValue(range.to());
        } finally {
            filling = false;
        }
        load(range);
    }

    private void edited() {
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        AnomalyRange range = new AnomalyRange(from.getValue(), to.getValue(), null);
        load(range);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location(CostLinks.ANOMALIES, range.toQueryParameters())));
    }

    private void load(AnomalyRange range) {
        to.setInvalid(false);
        anomalies.clear();
        try {
            anomalies.addAll(insights.anomalies(range.from(), range.to().plusDays(1)));
        } catch (InvalidCostQueryException e) {
            to.setErrorMessage("Must be on or after the first day");
            to.setInvalid(true);
        }
        grid.setItems(anomalies);
        grid.getListDataView().setIdentifierProvider(CostAnomaly::id);
        anomalies.stream().filter(a -> a.id().equals(range.open())).findFirst()
                .ifPresent(a -> grid.setDetailsVisible(a, true));
        export.removeAll();
        export.add(csv().downloadLink("Export CSV", "cost-anomalies-" + range.from() + "-" + range.to() + ".csv",
                () -> List.copyOf(anomalies).stream()));
        grid.setVisible(!anomalies.isEmpty());
        export.setVisible(!anomalies.isEmpty());
        empty.setVisible(anomalies.isEmpty());
    }

    void feedback(CostAnomaly anomaly, String value) {
        try {
            CostAnomaly updated = insights.feedback(anomaly.id(), value);
            int index = anomalies.indexOf(anomaly);
            if (index < 0) {
                index = anomalies.stream().map(CostAnomaly::id).toList().indexOf(anomaly.id());
            }
            if (index >= 0) {
                anomalies.set(index, updated);
            }
            grid.getListDataView().refreshItem(updated);
            grid.setDetailsVisible(updated, true);
            Notification.show("Marked as " + AnomalyDetails.label(value).toLowerCase(java.util.Locale.ROOT) + ".");
        } catch (AccessDeniedException | NoSuchElementException e) {
            Notification.show(e.getMessage());
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private static CsvExport<CostAnomaly> csv() {
        return new CsvExport<CostAnomaly>().column("date", CostAnomaly::date).column("account", CostAnomaly::accountId)
                .column("service", CostAnomaly::serviceName).column("label", CostAnomaly::label)
                .column("currency", CostAnomaly::currency).column("expected", CostAnomaly::expected)
                .column("actual", CostAnomaly::actual).column("impact", CostAnomaly::impact)
                .column("score", CostAnomaly::score).column("feedback", CostAnomaly::feedback)
                .column("what moved", a -> String.join("; ", a.contributors().stream()
                        .map(c -> c.dimension() + " " + c.key() + " +" + c.delta().toPlainString()).toList()))
                .column("portal changes before", a -> String.join("; ", a.changes().stream()
                        .map(c -> c.at() + " " + c.title()).toList()));
    }
}
