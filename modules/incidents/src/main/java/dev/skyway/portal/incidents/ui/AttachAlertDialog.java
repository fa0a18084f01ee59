package dev.skyway.portal.incidents.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import dev.skyway.portal.incidents.Alert;
import dev.skyway.portal.incidents.AlertOnAnotherIncidentException;
import dev.skyway.portal.incidents.Incident;
import dev.skyway.portal.incidents.IncidentAlerts;

/**
 * Attaching an alert to an open incident, chosen by reference or title. An alert on another open incident is moved
 * only when asked to (the checkbox, offered once the portal said so).
 */
class AttachAlertDialog extends Dialog {

    private final transient IncidentAlerts attachments;
    private final transient Alert alert;
    private final transient Consumer<Incident> attached;

    final ComboBox<Incident> incident = new ComboBox<>("Open incident");
    final Checkbox move = new Checkbox("Move it from the incident it is on");
    final Paragraph error = new Paragraph();
    final Button attach = new Button("Attach");

    AttachAlertDialog(IncidentAlerts attachments, Alert alert, Consumer<Incident> attached) {
        this.attachments = attachments;
        this.alert = alert;
        this.attached = attached;
        setId("attach-dialog");
        setHeaderTitle("Attach to incident");
        List<Incident> open = attachments.openIncidents().stream()
                .filter(i -> !i.id().equals(alert.incidentId())).toList();
        incident.setId("attach-incident");
        incident.setItems(open);
        incident.setItemLabelGenerator(i -> i.reference() + " · " + i.severity() + " · " + i.title());
        incident.setRequired(true);
        incident.setWidthFull();
        incident.setHelperText(open.isEmpty() ? "No incident is open: declare one for the alert instead"
                : "The alert goes on its timeline");
        move.setId("attach-move");
        move.setVisible(false);
        error.setId("attach-error");
        error.addClassName("form-error");
        add(new Paragraph(alert.summary()), incident, move, error);
        attach.setId("attach-submit");
        attach.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        attach.setEnabled(!open.isEmpty());
        attach.addClickListener(e -> submit());
        getFooter().add(new Button("Cancel", e -> close()), attach);
        setWidth("min(640px, 95vw)");
    }

    void submit() {
        Incident chosen = incident.getValue();
        if (chosen == null) {
            incident.setInvalid(true);
            incident.setErrorMessage("Choose an open incident");
            return;
        }
        try {
            attachments.attach(chosen.id(), alert.id(), move.getValue());
            close();
            attached.accept(chosen);
        } catch (AlertOnAnotherIncidentException e) {
            move.setVisible(true);
            error.setText(e.getMessage() + ": tick the box to move it here.");
        } catch (java.util.NoSuchElementException e) {
            error.setText(e.getMessage());
        }
    }
}
