package dev.skyway.portal.incidents.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.DataProvider;
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

    AlertsView(Alerts alerts, Incidents incidents, IncidentAlerts attachments, Integrations integrations) {
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
                + "occurrences. Routing rules attach them to incidents; declare one yourself when none did.",
                new Anchor(IncidentLinks.LIST, "Incidents")), bar, configureGrid(), empty);
    }

    private Grid<Alert> configureGrid() {
        grid.setId("alerts-grid");
        grid.addComponentColumn(this::summary).setHeader("Alert").setWidth("22rem").setFlexGrow(3);
        grid.addColumn(IncidentBadges.alertSeverityCell()).setHeader("Severity")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(IncidentBadges.alertStatusCell()).setHeader("Status").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(a -> a.occurrences() + "× · " + Formats.dateTime(a.lastSeenAt())).setHeader("Seen, last")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::incident).setHeader("Incident").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(DataProvider.fromCallbacks(
                q -> alerts.list(integration.getValue(), status.getValue(), q.getOffset(), q.getLimit()).items()
                        .stream(),
                q -> alerts.list(integration.getValue(), status.getValue(), 0, 1).total()));
        return grid;
    }

    /** The summary, and under it where the alert came from. */
    private Component summary(Alert alert) {
        Div summary = new Div(new com.vaadin.flow.component.html.Span(alert.summary()));
        summary.addClassName("alert-summary");
        summary.getStyle().set("white-space", "normal");
        Div meta = new Div(integrationNames.getOrDefault(alert.integrationId(), "?")
                + (alert.accountId() == null ? "" : " · " + alert.accountId())
                + (alert.source() == null ? "" : " · " + alert.source()));
        meta.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        summary.add(meta);
        return summary;
    }

    private Component incident(Alert alert) {
        Button attach = new Button(alert.incidentId() == null ? "Attach to incident" : "Move…",
                e -> new AttachAlertDialog(attachments, alert, chosen -> {
                    Notification.show("Alert attached to " + chosen.reference());
                    load();
                }).open());
        attach.addClassName("alert-attach");
        attach.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        if (alert.incidentId() != null) {
            Anchor link = new Anchor(IncidentLinks.incident(alert.incidentId()), "Open incident");
            link.addClassName("alert-incident-link");
            attach.getElement().setAttribute("aria-label", "Move the alert to another incident");
            return new HorizontalLayout(link, attach);
        }
        Button declare = new Button("Declare incident", e -> new DeclareIncidentDialog(incidents, alert,
                created -> getUI().ifPresent(ui -> ui.navigate(IncidentLinks.incident(created.id())))).open());
        declare.addClassName("alert-declare");
        declare.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout actions = new HorizontalLayout(declare, attach);
        actions.setSpacing(false);
        actions.getStyle().set("gap", "var(--lumo-space-xs)");
        return actions;
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
