package dev.skyway.portal.incidents.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import dev.skyway.portal.incidents.Alert;
import dev.skyway.portal.incidents.AlertStatus;
import dev.skyway.portal.incidents.Alerts;
import dev.skyway.portal.incidents.IncidentAlerts;
import dev.skyway.portal.incidents.Incidents;
import dev.skyway.portal.incidents.Integrations;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.ui.kit.EmptyState;
import dev.skyway.portal.platform.ui.kit.Formats;
import dev.skyway.portal.platform.ui.kit.PageHeader;

/**
 * The deduplicated alerts, newest first, filtered by integration and status (in the URL). Each links to its incident,
 * or offers to declare one for it.
 */
@Route(IncidentLinks.ALERTS)
@PageTitle("Alerts · Skyway")
@RolesAllowed({"ENGINEER", "APPROVER", "FINANCE", "SECURITY", "PLATFORM_ADMIN"})
public class AlertsView extends Div implements BeforeEnterObserver {

    static final int PAGE = 50;

    private final transient Alerts alerts;
    private final transient Incidents incidents;
    private final transient IncidentAlerts attachments;
    private final Map<UUID, String> integrationNames;
    final Select<UUID> integration = new Select<>();
    final Select<AlertStatus> status = new Select<>();
    final Grid<Alert> grid = new Grid<>();
    final EmptyState empty = new EmptyState(VaadinIcon.BELL_O, "No alerts match",
            "Alerts arrive through the integrations platform admins create (Amazon SNS, Alertmanager, Events API).",
            null);
    private boolean filling;

    AlertsView(Alerts alerts, Incidents incidents, IncidentAlerts attachments, Integrations integrations,
            CurrentUser currentUser) {
        this.alerts = alerts;
        this.incidents = incidents;
        this.attachments = attachments;
        this.integrationNames = integrations.names();
        addClassName("page");
        integration.setId("alerts-integration");
        integration.setLabel("Integration");
        integration.setItems(integrationNames.keySet());
        integration.setItemLabelGenerator(id -> id == null ? "All"
                : integrationNames.getOrDefault(id, id.toString()));
        integration.setEmptySelectionAllowed(true);
        integration.setEmptySelectionCaption("All");
        status.setId("alerts-status");
        status.setLabel("Status");
        status.setItems(AlertStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("All");
        integration.addValueChangeListener(e -> edited());
        status.addValueChangeListener(e -> edited());
        HorizontalLayout bar = new HorizontalLayout(integration, status);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        empty.setId("alerts-empty");
        add(new PageHeader("Alerts", "Signals from monitoring, deduplicated: repeats of an open alert count as "
                + "occurrences. Routing rules attach them to incidents; declare one yourself when none did."),
                IncidentLinks.sections(IncidentLinks.ALERTS, currentUser), bar, configureGrid(), empty);
    }

    private Grid<Alert> configureGrid() {
        grid.setId("alerts-grid");
        grid.addColumn(summaryCell()).setHeader("Alert").setWidth("22rem").setFlexGrow(3);
        grid.addColumn(IncidentBadges.alertSeverityCell()).setHeader("Severity")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(IncidentBadges.alertStatusCell()).setHeader("Status").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(a -> a.occurrences() + "× · " + Formats.dateTime(a.lastSeenAt())).setHeader("Seen, last")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(incidentCell()).setHeader("Incident").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(DataProvider.fromCallbacks(
                q -> alerts.list(integration.getValue(), status.getValue(), q.getOffset(), q.getLimit()).items()
                        .stream(),
                q -> alerts.list(integration.getValue(), status.getValue(), 0, 1).total()));
        return grid;
    }

    // the two cells below are drawn in the browser from the row's strings (see GridCells): a component per cell
    // made a page of 50 alerts 170 kB of UIDL

    /** The summary, and under it where the alert came from. */
    private LitRenderer<Alert> summaryCell() {
        return LitRenderer.<Alert>of("<div class=\"alert-summary\" style=\"white-space: normal\">"
                        + "<span>${item.summary}</span><div style=\"color: var(--lumo-secondary-text-color); "
                        + "font-size: var(--lumo-font-size-s)\">${item.origin}</div></div>")
                .withProperty("summary", Alert::summary)
                .withProperty("origin", alert -> integrationNames.getOrDefault(alert.integrationId(), "?")
                        + (alert.accountId() == null ? "" : " · " + alert.accountId())
                        + (alert.source() == null ? "" : " · " + alert.source()));
    }

    /** The incident the alert belongs to, and moving it; or, for an alert of no incident, declaring or attaching. */
    private LitRenderer<Alert> incidentCell() {
        return LitRenderer.<Alert>of("${item.href ? html`<vaadin-horizontal-layout theme=\"spacing\" "
                        + "style=\"align-items: center\">"
                        + "<a class=\"alert-incident-link\" href=\"${item.href}\">Open incident</a>"
                        + "<vaadin-button class=\"alert-attach\" theme=\"small tertiary\" "
                        + "aria-label=\"Move the alert to another incident\" @click=${attach}>Move…</vaadin-button>"
                        + "</vaadin-horizontal-layout>` : html`<vaadin-horizontal-layout "
                        + "style=\"gap: var(--lumo-space-xs)\"><vaadin-button class=\"alert-declare\" theme=\"small\" "
                        + "@click=${declare}>Declare incident</vaadin-button><vaadin-button class=\"alert-attach\" "
                        + "theme=\"small tertiary\" @click=${attach}>Attach to incident</vaadin-button>"
                        + "</vaadin-horizontal-layout>`}")
                .withProperty("href", alert -> alert.incidentId() == null ? ""
                        : IncidentLinks.incident(alert.incidentId()))
                .withFunction("attach", alert -> new AttachAlertDialog(attachments, alert, chosen -> {
                    Notification.show("Alert attached to " + chosen.reference());
                    load();
                }).open())
                .withFunction("declare", alert -> new DeclareIncidentDialog(incidents, alert,
                        created -> getUI().ifPresent(ui -> ui.navigate(IncidentLinks.incident(created.id()))))
                        .open());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        filling = true;
        try {
            UUID chosen = uuid(first(parameters, "integrationId"));
            integration.setValue(chosen != null && integrationNames.containsKey(chosen) ? chosen : null);
            status.setValue(statusOf(first(parameters, "status")));
        } finally {
            filling = false;
        }
        load();
    }

    private void edited() {
        if (filling) {
            return;
        }
        load();
        Map<String, String> query = new LinkedHashMap<>();
        if (integration.getValue() != null) {
            query.put("integrationId", integration.getValue().toString());
        }
        if (status.getValue() != null) {
            query.put("status", status.getValue().name());
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location(IncidentLinks.ALERTS, QueryParameters.simple(query))));
    }

    private void load() {
        int total = alerts.list(integration.getValue(), status.getValue(), 0, 1).total();
        boolean none = total == 0;
        // every row shown for a short list; a long one scrolls inside the grid, fetched page by page
        grid.setAllRowsVisible(total <= PAGE);
        grid.setHeight(total <= PAGE ? null : "70vh");
        grid.getDataProvider().refreshAll();
        grid.setVisible(!none);
        empty.setVisible(none);
    }

    private static @Nullable String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static @Nullable UUID uuid(@Nullable String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable AlertStatus statusOf(@Nullable String text) {
        try {
            return text == null ? null : AlertStatus.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
