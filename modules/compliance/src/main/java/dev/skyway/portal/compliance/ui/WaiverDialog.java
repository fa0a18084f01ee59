package dev.skyway.portal.compliance.ui;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import dev.skyway.portal.compliance.ComplianceWaivers;
import dev.skyway.portal.compliance.Finding;
import dev.skyway.portal.compliance.InvalidComplianceQueryException;
import dev.skyway.portal.compliance.NewWaiver;
import dev.skyway.portal.compliance.Waiver;

/**
 * Requests a waiver for a finding's control: a reason, a compensating control, the last day (at most as far ahead
 * as the policy allows) and the resource (cleared: the control on the whole account). The facade checks every field;
 * its problems show under the fields and nothing is stored until they are fixed. The request goes to security for
 * approval.
 */
final class WaiverDialog extends Dialog {

    /** The labels of the fields the user fills in, by the facade's field names (account and control come along). */
    static final Map<String, String> FIELD_LABELS = Map.of(
            "reason", "Reason",
            "compensatingControl", "Compensating control",
            "expiresOn", "Last day",
            "resourceId", "Resource");

    final TextArea reason = new TextArea("Reason");
    final TextArea compensatingControl = new TextArea("Compensating control");
    final DatePicker expiresOn = new DatePicker("Last day");
    final TextField resource = new TextField("Resource (optional)");
    final Paragraph general = new Paragraph();
    final Button submit = new Button("Request waiver");
    private final transient ComplianceWaivers waivers;
    private final Finding finding;
    private final Consumer<Waiver> onRequested;

    WaiverDialog(ComplianceWaivers waivers, Finding finding, LocalDate today, Consumer<Waiver> onRequested) {
        this.waivers = waivers;
        this.finding = finding;
        this.onRequested = onRequested;
        setHeaderTitle("Request a waiver for " + finding.control().controlId());
        setId("waiver-dialog");
        setWidth("640px");
        reason.setManualValidation(true);
        compensatingControl.setManualValidation(true);
        resource.setManualValidation(true);
        reason.setId("waiver-reason");
        reason.setHelperText("Why the control cannot be met now.");
        compensatingControl.setId("waiver-compensating-control");
        compensatingControl.setHelperText("What limits the risk meanwhile (optional).");
        expiresOn.setId("waiver-expires-on");
        expiresOn.setMin(today.plusDays(1));
        expiresOn.setMax(waivers.latestExpiry());
        expiresOn.setManualValidation(true);
        expiresOn.setHelperText("At most until " + ComplianceText.day(waivers.latestExpiry())
                + " (policy); the finding counts again after this day.");
        resource.setId("waiver-resource");
        resource.setValue(finding.resource().resourceId());
        resource.setClearButtonVisible(true);
        resource.setHelperText("Clear it to waive the control on the whole account " + finding.resource().accountId()
                + ".");
        general.setId("waiver-problem");
        general.addClassName("form-refusal");
        general.setVisible(false);
        Paragraph approval = new Paragraph("The request goes to security for approval; until then the finding "
                + "still counts in the score.");
        approval.getStyle().set("color", "var(--lumo-secondary-text-color)");
        FormLayout form = new FormLayout(reason, compensatingControl, expiresOn, resource);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, approval, general);
        submit.setId("waiver-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, submit);
    }

    void submit() {
        clearProblems();
        try {
            Waiver waiver = waivers.request(new NewWaiver(finding.resource().accountId(),
                    finding.control().controlId(), resource.getValue(), reason.getValue(),
                    compensatingControl.getValue(), expiresOn.getValue()));
            close();
            onRequested.accept(waiver);
        } catch (InvalidComplianceQueryException e) {
            show(FieldProblems.of(FIELD_LABELS, e.problems()));
        } catch (AccessDeniedException e) {
            general.setText(e.getMessage());
            general.setVisible(true);
        }
    }

    private void show(FieldProblems problems) {
        Map<String, HasValidation> fields = Map.of("reason", reason, "compensatingControl", compensatingControl,
                "expiresOn", expiresOn, "resourceId", resource);
        problems.byField().forEach((field, message) -> {
            HasValidation f = fields.get(field);
            f.setErrorMessage(message);
            f.setInvalid(true);
        });
        if (!problems.general().isEmpty()) {
            general.setText("The request was refused: " + String.join("; ", problems.general()) + ".");
            general.setVisible(true);
        }
    }

    private void clearProblems() {
        reason.setInvalid(false);
        compensatingControl.setInvalid(false);
        expiresOn.setInvalid(false);
        resource.setInvalid(false);
        general.setVisible(false);
    }
}
