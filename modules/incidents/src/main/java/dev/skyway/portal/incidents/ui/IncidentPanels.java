package dev.skyway.portal.incidents.ui;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Div;

import dev.skyway.portal.cost.CostReports;
import dev.skyway.portal.incidents.Incident;
import dev.skyway.portal.incidents.IncidentTasks;
import dev.skyway.portal.incidents.StatusUpdates;

/**
 * The panels of the incident page that other parts of the module contribute, in two slots: the work on the incident
 * (tasks, status updates) under its facts, and more of its story (e.g. cost around it) after what changed.
 */
@Component
public class IncidentPanels {

    private final ObjectProvider<CostReports> costReports;
    private final IncidentTasks tasks;
    private final StatusUpdates updates;
    private final Clock clock;

    /** @param costReports absent where the cost module is not deployed (the module's own tests) */
    IncidentPanels(ObjectProvider<CostReports> costReports, IncidentTasks tasks, StatusUpdates updates, Clock clock) {
        this.costReports = costReports;
        this.tasks = tasks;
        this.updates = updates;
        this.clock = clock;
    }

    /**
     * The work slot ({@code #incident-work-panels}): the tasks panel ({@code IncidentTasksPanel}) and the status
     * updates panel ({@code StatusUpdatesPanel}) go here, each a card ({@code wide} when it needs the width).
     *
     * @param changed re-reads the whole page (call it after a change that shows elsewhere, e.g. on the timeline)
     */
    void addWorkPanels(Div slot, Incident incident, Runnable changed) {
        IncidentTasksPanel taskPanel = new IncidentTasksPanel(incident.id(), tasks);
        taskPanel.addClassName("card");
        StatusUpdatesPanel updatePanel = new StatusUpdatesPanel(incident.id(), updates);
        updatePanel.addClassName("card");
        slot.add(taskPanel, updatePanel);
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
