package dev.skyway.portal.incidents.ui;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

import dev.skyway.portal.incidents.ActionItem;
import dev.skyway.portal.incidents.ActionItemDraft;
import dev.skyway.portal.incidents.IncidentsValidationException;
import dev.skyway.portal.incidents.Postmortems;

/** A postmortem's action items: a grid (overdue ones flagged) with done/reopen, and a form to add one. */
final class PostmortemActionItems extends Div {

    private final transient Postmortems postmortems;
    private final UUID incidentId;
    private final Runnable changed;

    final Grid<ActionItem> grid = new Grid<>();
    final TextField title = new TextField("Action item");
    final TextField owner = new TextField("Owner");
    final DatePicker due = new DatePicker("Due");
    final Button add = new Button("Add action item", VaadinIcon.PLUS.create());

    PostmortemActionItems(Postmortems postmortems, UUID incidentId, Runnable changed) {
        this.postmortems = postmortems;
        this.incidentId = incidentId;
        this.changed = changed;
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        grid.setId("action-items");
        grid.addColumn(ActionItem::title).setHeader("Action").setFlexGrow(1);
        grid.addColumn(i -> i.owner() == null ? "—" : i.owner()).setHeader("Owner").setAutoWidth(true);
        grid.addColumn(i -> i.dueDate() == null ? "—" : i.dueDate().toString()).setHeader("Due").setAutoWidth(true);
        grid.addComponentColumn(i -> badge(i, today)).setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(this::toggle).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        title.setId("action-item-title");
        title.setWidth("28em");
        owner.setId("action-item-owner");
        owner.setHelperText("A name, or an email address for reminders");
        due.setId("action-item-due");
        add.setId("action-item-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> add());
        HorizontalLayout form = new HorizontalLayout(title, owner, due, add);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        form.setWrap(true);
        add(new H3("Action items"), grid, form);
    }

    void show(List<ActionItem> items) {
        grid.setItems(items);
    }

    void setEditable(boolean editable) {
        title.setEnabled(editable);
        owner.setEnabled(editable);
        due.setEnabled(editable);
        add.setEnabled(editable);
    }

    void add() {
        try {
            postmortems.addActionItem(incidentId, new ActionItemDraft(title.getValue(), owner.getValue(),
                    due.getValue() == null ? null : due.getValue().toString(), null));
            title.clear();
            owner.clear();
            due.clear();
            title.setInvalid(false);
            changed.run();
        } catch (IncidentsValidationException e) {
            title.setErrorMessage(e.problems().getOrDefault("title", e.getMessage()));
            title.setInvalid(true);
        }
    }

    private Component toggle(ActionItem item) {
        boolean open = item.status() == ActionItem.Status.OPEN;
        Button button = new Button(open ? "Mark done" : "Reopen", e -> {
            postmortems.updateActionItem(incidentId, item.id(), new ActionItemDraft(null, null, null,
                    open ? "DONE" : "OPEN"));
            changed.run();
        });
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setEnabled(add.isEnabled());
        return button;
    }

    static Span badge(ActionItem item, LocalDate today) {
        boolean overdue = item.overdueOn(today);
        Span badge = new Span(overdue ? "Overdue" : switch (item.status()) {
            case OPEN -> "Open";
            case DONE -> "Done";
            case CANCELLED -> "Cancelled";
        });
        badge.getElement().getThemeList().add("badge" + (overdue ? " error"
                : item.status() == ActionItem.Status.DONE ? " success" : " contrast"));
        return badge;
    }
}
