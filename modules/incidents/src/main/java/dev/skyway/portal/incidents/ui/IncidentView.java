package dev.skyway.portal.incidents.ui;

import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import dev.skyway.portal.incidents.Incident;
import dev.skyway.portal.incidents.IncidentStatus;
import dev.skyway.portal.incidents.Incidents;
import dev.skyway.portal.incidents.internal.lifecycle.CommandRule;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.ui.kit.EmptyState;
import dev.skyway.portal.platform.ui.kit.PageHeader;

/**
 * One incident, as its responders run it: status and severity, the typed timestamps, the moves the lifecycle allows,
 * roles, the affected accounts (linked to the inventory), the timeline with notes, what the portal changed on those
 * accounts, and the alerts attached. Once resolved it links to its postmortem.
 */
@Route("incidents/:id")
@RolesAllowed({"ENGINEER", "APPROVER", "FINANCE", "SECURITY", "PLATFORM_ADMIN"})
public class IncidentView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ID = "id";

    private final transient Incidents incidents;
    private final transient CurrentUser currentUser;
    private final transient IncidentPanels panels;
    private UUID id = new UUID(0, 0);
    private String title = "Incident · Skyway";

    IncidentView(Incidents incidents, CurrentUser currentUser, IncidentPanels panels) {
        this.incidents = incidents;
        this.currentUser = currentUser;
        this.panels = panels;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> parsed = event.getRouteParameters().get(ID).flatMap(IncidentView::uuid);
        if (parsed.isEmpty()) {
            notFound();
            return;
        }
        id = parsed.get();
        show();
    }

    void show() {
        removeAll();
        Optional<Incident> found = incidents.find(id);
        if (found.isEmpty()) {
            notFound();
            return;
        }
        Incident incident = found.get();
        PortalUser me = currentUser.get();
        boolean mayRun = CommandRule.mayRun(incident, me);
        title = incident.reference() + " " + incident.title() + " · Skyway";
        add(new PageHeader(incident.reference() + " · " + incident.title(), incident.summary(),
                actions(incident, mayRun)));
        add(facts(incident));
        Div top = cards(new TimestampsCard(incident),
                new RolesCard(incidents, incident, incidents.roles(id), mayRun, me, this::show));
        // ── Extension point: the tasks and status updates panels (IncidentTasksPanel, StatusUpdatesPanel) are
        // ── added by IncidentPanels into this slot, between the incident's facts and its story below.
        Div work = cards();
        work.setId("incident-work-panels");
        panels.addWorkPanels(work, incident, this::show);
        Div story = cards(wide(new TimelinePanel(incidents, id, incidents.timeline(id), this::show)),
                wide(new ChangesPanel(incidents.changes(id), incidents.changeWindow(incident),
                        incident.timestamps().impactStartedAt(), !incident.accountIds().isEmpty())),
                wide(new AttachedAlertsPanel(incidents.alerts(id))));
        panels.addStoryPanels(story, incident);
        add(top, work, story);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private Component[] actions(Incident incident, boolean mayRun) {
        java.util.List<Component> actions = new java.util.ArrayList<>();
        if (incident.status().compareTo(IncidentStatus.RESOLVED) >= 0) {
            Anchor postmortem = new Anchor(IncidentLinks.postmortem(incident.id()), "Postmortem");
            postmortem.setId("postmortem-link");
            postmortem.addClassName("postmortem-link");
            actions.add(postmortem);
        }
        if (mayRun) {
            Button correct = new Button("Correct", VaadinIcon.EDIT.create(),
                    e -> new CorrectionDialog(incidents, incident, this::show).open());
            correct.setId("incident-correct");
            actions.add(correct);
            actions.add(new LifecycleButtons(incidents, incident, this::show));
        }
        return actions.toArray(Component[]::new);
    }

    private static Div facts(Incident incident) {
        Div facts = new Div();
        facts.setId("incident-facts");
        facts.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("align-items", "center").set("margin-bottom", "var(--lumo-space-m)");
        facts.add(IncidentBadges.status(incident.status()), IncidentBadges.severity(incident.severity()),
                new Span(incident.source() == Incident.Source.ALERT ? "opened by an alert" : "declared by "
                        + incident.declaredBy().name()),
                new Span("· commander: " + (incident.commander() == null ? "nobody yet"
                        : incident.commander().name())),
                new Span("· accounts:"));
        if (incident.accountIds().isEmpty()) {
            facts.add(new Span(incident.organizationWide() ? "organization-wide" : "none named"));
        }
        incident.accountIds().forEach(account -> facts.add(IncidentLinks.account(account)));
        return facts;
    }

    private static Div cards(Component... cards) {
        Div div = new Div(cards);
        div.addClassName("cards");
        div.addClassName("fill-row");
        div.getStyle().set("margin-bottom", "var(--lumo-space-m)");
        return div;
    }

    private static Component wide(Component card) {
        card.getElement().getClassList().add("wide");
        return card;
    }

    private void notFound() {
        removeAll();
        add(new EmptyState(VaadinIcon.FIRE, "No such incident", "It may have been deleted, or the link is wrong.",
                new Anchor(IncidentLinks.LIST, "All incidents")));
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
