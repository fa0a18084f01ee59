package dev.skyway.portal.incidents.ui;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Div;

import dev.skyway.portal.cost.CostReports;
import dev.skyway.portal.incidents.Incident;

/**
 * The panels of the incident page that other parts of the module contribute, in two slots: the work on the incident
 * (tasks, status updates) under its facts, and more of its story (e.g. cost around it) after what changed.
 */
@Component
public class IncidentPanels {

    private final ObjectProvider<CostReports> costReports;
    private final Clock clock;

    /** @param costReports absent where the cost module is not deployed (the module's own tests) */
    IncidentPanels(ObjectProvider<CostReports> costReports, Clock clock) {
        this.costReports = costReports;
        this.clock = clock;
    }

    /**
     * The work slot ({@code #incident-work-panels}): the tasks panel ({@code IncidentTasksPanel}) and the status
     * updates panel ({@code StatusUpdatesPanel}) go here, each a card ({@code wide} when it needs the width).
     *
     * @param changed re-reads the whole page (call it after a change that shows elsewhere, e.g. on the timeline)
     */
    void addWorkPanels(Div slot, Incident incident, Runnable changed) {
        // IncidentTasksPanel and StatusUpdatesPanel are added here
    }

    /** After what changed and the alerts. */
    void addStoryPanels(Div slot, Incident incident) {
        CostReports reports = costReports.getIfAvailable();
        if (reports != null && !incident.accountIds().isEmpty()) {
            CostAroundPanel cost = new CostAroundPanel(reports, incident, clock.instant());
            cost.addClassName("wide");
            slot.add(cost);
        }
    }
}
