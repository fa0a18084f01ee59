package dev.skyway.portal.incidents.ui;

import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

import dev.skyway.portal.incidents.IncidentTask;
import dev.skyway.portal.incidents.IncidentTasks;
import dev.skyway.portal.incidents.IncidentsValidationException;
import dev.skyway.portal.incidents.TaskDraft;

/**
 * An incident's tasks, for its page: who does what, done or not. Anyone working on the incident adds a task, sets
 * its owner and ticks it off; each change is on the incident's timeline.
 */
public class IncidentTasksPanel extends Div {

    private final transient IncidentTasks tasks;
    private final UUID incidentId;

    final Grid<IncidentTask> grid = new Grid<>();
    final TextField title = new TextField();
    final TextField owner = new TextField();
    final Button add = new Button("Add task", VaadinIcon.PLUS.create());

    public IncidentTasksPanel(UUID incidentId, IncidentTasks tasks) {
        this.tasks = tasks;
        this.incidentId = incidentId;
        addClassName("incident-tasks");
        setId("incident-tasks");
        grid.addComponentColumn(this::doneBox).setHeader("Done").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(IncidentTask::title).setHeader("Task").setFlexGrow(1);
        grid.addComponentColumn(this::ownerField).setHeader("Owner").setWidth("14em").setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No tasks yet");
        title.setPlaceholder("e.g. Roll back the last deploy");
        title.setId("task-title");
        title.setWidth("24em");
        owner.setPlaceholder("Owner (optional)");
        owner.setId("task-owner");
        add.setId("task-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> add());
        HorizontalLayout form = new HorizontalLayout(title, owner, add);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        form.setWrap(true);
        add(new H3("Tasks"), grid, form);
        reload();
    }

    void reload() {
        grid.setItems(tasks.of(incidentId));
    }

    void add() {
        try {
            tasks.add(incidentId, new TaskDraft(title.getValue(), owner.getValue(), null));
            title.clear();
            owner.clear();
            title.setInvalid(false);
            reload();
        } catch (IncidentsValidationException e) {
            title.setErrorMessage(e.problems().getOrDefault("title", e.getMessage()));
            title.setInvalid(true);
        }
    }

    private Component doneBox(IncidentTask task) {
        Checkbox done = new Checkbox(task.done());
        done.setAriaLabel("Done: " + task.title());
        done.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                tasks.update(incidentId, task.id(), new TaskDraft(null, null, e.getValue()));
                reload();
            }
        });
        return done;
    }

    private Component ownerField(IncidentTask task) {
        TextField field = new TextField();
        field.setValue(task.owner() == null ? "" : task.owner());
        field.setPlaceholder("nobody");
        field.setWidthFull();
        field.setAriaLabel("Owner of " + task.title());
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                tasks.update(incidentId, task.id(), new TaskDraft(null, e.getValue(), null));
            }
        });
        return field;
    }
}
