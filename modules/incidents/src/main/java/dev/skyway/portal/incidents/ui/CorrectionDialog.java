package dev.skyway.portal.incidents.ui;

import java.time.Instant;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;

import dev.skyway.portal.incidents.Incident;
import dev.skyway.portal.incidents.IncidentConflictException;
import dev.skyway.portal.incidents.IncidentEdit;
import dev.skyway.portal.incidents.Incidents;
import dev.skyway.portal.incidents.IncidentsValidationException;
import dev.skyway.portal.incidents.Severity;
import dev.skyway.portal.platform.ui.kit.Formats;

/** The commander corrects the severity or when impact started (MTTD runs from it); both go on the timeline. */
class CorrectionDialog extends Dialog {

    final Select<Severity> severity = new Select<>();
    final DateTimePicker startedAt = new DateTimePicker("Impact started");
    final Paragraph error = new Paragraph();

    CorrectionDialog(Incidents incidents, Incident incident, Runnable changed) {
        setId("correction-dialog");
        setHeaderTitle("Correct " + incident.reference());
        severity.setId("correction-severity");
        severity.setLabel("Severity");
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(s -> s == null ? "" : DeclareIncidentDialog.severityLabel(s));
        severity.setValue(incident.severity());
        startedAt.setId("correction-started-at");
        startedAt.setHelperText("Times in " + Formats.zone().getId() + "; not after it was detected ("
                + Formats.dateTime(incident.timestamps().detectedAt()) + ")");
        startedAt.setValue(incident.timestamps().impactStartedAt().atZone(Formats.zone()).toLocalDateTime());
        add(new FormLayout(severity, startedAt), error);
        Button save = new Button("Save", e -> {
            Instant started = startedAt.getValue() == null ? null
                    : startedAt.getValue().atZone(Formats.zone()).toInstant();
            try {
                incidents.edit(incident.id(), new IncidentEdit(started, severity.getValue() == null ? null
                        : severity.getValue().name()));
                close();
                changed.run();
            } catch (IncidentsValidationException ex) {
                error.setText(FieldErrors.show(ex, Map.of("severity", severity, "startedAt", startedAt)));
            } catch (IncidentConflictException ex) {
                error.setText(ex.getMessage());
            }
        });
        save.setId("correction-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
