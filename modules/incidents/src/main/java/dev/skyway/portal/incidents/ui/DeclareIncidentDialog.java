package dev.skyway.portal.incidents.ui;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import dev.skyway.portal.incidents.Alert;
import dev.skyway.portal.incidents.Incident;
import dev.skyway.portal.incidents.Incidents;
import dev.skyway.portal.incidents.IncidentsValidationException;
import dev.skyway.portal.incidents.NewIncident;
import dev.skyway.portal.incidents.Severity;
import dev.skyway.portal.platform.ui.kit.Formats;

/**
 * Declaring an incident: title, severity, affected accounts and summary, each with its own error. Declared for an
 * alert, it starts with the alert's summary and account and carries the alert.
 */
class DeclareIncidentDialog extends Dialog {

    private final transient Incidents incidents;
    private final @Nullable UUID alertId;
    private final transient Consumer<Incident> declared;

    final TextField title = new TextField("Title");
    final Select<Severity> severity = new Select<>();
    final TextField accounts = new TextField("Affected accounts");
    final TextArea summary = new TextArea("Summary");
    final DateTimePicker impactStarted = new DateTimePicker("Impact started (if earlier than now)");
    final Checkbox onIt = new Checkbox("I am on it: start acknowledged");
    final Paragraph error = new Paragraph();
    final Button declare = new Button("Declare incident");

    DeclareIncidentDialog(Incidents incidents, @Nullable Alert alert, Consumer<Incident> declared) {
        this.incidents = incidents;
        this.alertId = alert == null ? null : alert.id();
        this.declared = declared;
        setId("declare-dialog");
        setHeaderTitle(alert == null ? "Declare incident" : "Declare incident for this alert");
        title.setId("declare-title");
        title.setRequired(true);
        title.setMaxLength(255);
        severity.setId("declare-severity");
        severity.setLabel("Severity");
        severity.setItems(Severity.values());
        severity.setItemLabelGenerator(s -> s == null ? "" : severityLabel(s));
        severity.setRequiredIndicatorVisible(true);
        accounts.setId("declare-accounts");
        accounts.setHelperText("12-digit AWS account ids, separated by commas");
        summary.setId("declare-summary");
        summary.setMaxLength(4000);
        impactStarted.setId("declare-impact-started");
        onIt.setId("declare-on-it");
        error.setId("declare-error");
        error.addClassName("form-error");
        if (alert != null) {
            title.setValue(alert.summary().length() > 255 ? alert.summary().substring(0, 255) : alert.summary());
            accounts.setValue(alert.accountId() == null ? "" : alert.accountId());
            severity.setValue(alert.severity().atLeast(dev.skyway.portal.incidents.AlertSeverity.CRITICAL)
                    ? Severity.SEV2 : Severity.SEV3);
        }
        FormLayout form = new FormLayout(title, severity, accounts, summary, impactStarted, onIt);
        form.setColspan(title, 2);
        form.setColspan(summary, 2);
        add(form, error);
        declare.setId("declare-submit");
        declare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        declare.addClickListener(e -> submit());
        getFooter().add(new Button("Cancel", e -> close()), declare);
        setWidth("min(720px, 95vw)");
    }

    static String severityLabel(Severity s) {
        return switch (s) {
            case SEV1 -> "SEV1 · Critical: down or data at risk, all hands";
            case SEV2 -> "SEV2 · Major: a major function degraded";
            case SEV3 -> "SEV3 · Minor: degraded, a workaround exists";
            case SEV4 -> "SEV4 · Low: cosmetic or internal";
        };
    }

    void submit() {
        Instant started = impactStarted.getValue() == null ? null
                : impactStarted.getValue().atZone(Formats.zone()).toInstant();
        NewIncident incident = new NewIncident(title.getValue(), severity.getValue() == null ? null
                : severity.getValue().name(), accountIds(accounts.getValue()), summary.getValue(),
                onIt.getValue() ? "ACKNOWLEDGED" : null, started);
        try {
            Incident created = alertId == null ? incidents.declare(incident)
                    : incidents.declareForAlert(alertId, incident);
            close();
            declared.accept(created);
        } catch (IncidentsValidationException e) {
            error.setText(FieldErrors.show(e, Map.of("title", title, "severity", severity, "accountIds", accounts,
                    "summary", summary, "impactStartedAt", impactStarted)));
        }
    }

    static List<String> accountIds(@Nullable String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }
}
