package dev.skyway.portal.compliance.ui;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import dev.skyway.portal.compliance.Attestation;
import dev.skyway.portal.compliance.ComplianceAttestations;
import dev.skyway.portal.compliance.EvidenceFile;
import dev.skyway.portal.compliance.Framework;
import dev.skyway.portal.compliance.InvalidComplianceQueryException;
import dev.skyway.portal.compliance.NewAttestation;
import dev.skyway.portal.compliance.Requirement;

/**
 * Attests a MANUAL requirement: on which account (empty: every account, for security and platform admins), a
 * statement, the evidence (a link, a file, or both) and the last day it holds (at most as far ahead as the policy
 * allows). The facade checks every field, as for the API; its problems show under the fields and nothing is stored
 * until they are fixed. The attestation then waits for security's approval.
 */
final class AttestationDialog extends Dialog {

    /** The labels of the fields the user fills in, by the facade's field names (not framework, requirement). */
    static final Map<String, String> FIELD_LABELS = Map.of(
            "accountId", "Account",
            "statement", "Statement",
            "evidenceUrl", "Evidence link",
            "evidenceFile", "Evidence file",
            "validUntil", "Valid until");

    final TextField account = new TextField("Account");
    final TextArea statement = new TextArea("Statement");
    final TextField evidenceUrl = new TextField("Evidence link");
    final Upload evidenceFile;
    final Span evidenceFileProblem = new Span();
    final DatePicker validUntil = new DatePicker("Valid until");
    final Paragraph general = new Paragraph();
    final Button submit = new Button("Submit for approval");
    private @Nullable EvidenceFile file;
    private final transient ComplianceAttestations attestations;
    private final Framework framework;
    private final Requirement requirement;
    private final Consumer<Attestation> onSubmitted;

    AttestationDialog(ComplianceAttestations attestations, Framework framework, Requirement requirement,
                      @Nullable String accountId, LocalDate today, Consumer<Attestation> onSubmitted) {
        this.attestations = attestations;
        this.framework = framework;
        this.requirement = requirement;
        this.onSubmitted = onSubmitted;
        String about = requirement.name() != null ? requirement.name() : requirement.description();
        setHeaderTitle("Attest " + requirement.id() + (about == null ? "" : ": " + (about.length() > 80
                ? about.substring(0, 79) + "…" : about)));
        setId("attestation-dialog");
        setWidth("640px");
        for (HasValidation field : new HasValidation[] {account, statement, evidenceUrl, validUntil}) {
            field.setManualValidation(true);
        }
        account.setId("attestation-account");
        account.setValue(accountId == null ? "" : accountId);
        account.setClearButtonVisible(true);
        account.setHelperText("A 12-digit account id; empty: every account (security and platform admins only).");
        statement.setId("attestation-statement");
        statement.setHelperText("How the requirement is met, in a sentence or two.");
        evidenceUrl.setId("attestation-evidence-url");
        evidenceUrl.setPlaceholder("https://");
        evidenceUrl.setHelperText("An http(s) link to the evidence (a document, a ticket); or attach a file below.");
        evidenceFile = new Upload(UploadHandler.inMemory((metadata, bytes) -> file = new EvidenceFile(
                metadata.fileName(), metadata.contentType() == null ? "application/octet-stream"
                : metadata.contentType(), bytes)));
        evidenceFile.setId("attestation-evidence-file");
        evidenceFile.setMaxFiles(1);
        evidenceFile.setMaxFileSize(EvidenceFile.MAX_BYTES);
        evidenceFile.setDropLabel(new Span("Evidence file (optional, at most 10 MiB)"));
        evidenceFileProblem.setId("attestation-evidence-file-problem");
        evidenceFileProblem.addClassName("form-refusal");
        evidenceFileProblem.setVisible(false);
        validUntil.setId("attestation-valid-until");
        validUntil.setMin(today.plusDays(1));
        validUntil.setMax(attestations.latestValidUntil());
        validUntil.setHelperText("At most until " + ComplianceText.day(attestations.latestValidUntil())
                + " (policy); the requirement is MANUAL again after this day.");
        general.setId("attestation-problem");
        general.addClassName("form-refusal");
        general.setVisible(false);
        Paragraph approval = new Paragraph("The attestation goes to security for approval; the requirement passes "
                + "once it is approved.");
        approval.getStyle().set("color", "var(--lumo-secondary-text-color)");
        FormLayout form = new FormLayout(account, statement, evidenceUrl, new Div(evidenceFile, evidenceFileProblem),
                validUntil);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, approval, general);
        submit.setId("attestation-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        getFooter().add(new Button("Cancel", e -> close()), submit);
    }

    void submit() {
        clearProblems();
        try {
            Attestation attestation = attestations.submit(new NewAttestation(framework.id(), requirement.id(),
                    account.getValue().isBlank() ? null : account.getValue().strip(), statement.getValue(),
                    evidenceUrl.getValue(), validUntil.getValue()), file);
            close();
            onSubmitted.accept(attestation);
        } catch (InvalidComplianceQueryException e) {
            show(FieldProblems.of(FIELD_LABELS, e.problems()));
        } catch (AccessDeniedException e) {
            account.setErrorMessage(e.getMessage());
            account.setInvalid(true);
        }
    }

    private void show(FieldProblems problems) {
        Map<String, HasValidation> fields = Map.of("accountId", account, "statement", statement, "evidenceUrl",
                evidenceUrl, "validUntil", validUntil);
        problems.byField().forEach((field, message) -> {
            HasValidation f = fields.get(field);
            if (f != null) {
                f.setErrorMessage(message);
                f.setInvalid(true);
            } else {
                evidenceFileProblem.setText(message);
                evidenceFileProblem.setVisible(true);
            }
        });
        if (!problems.general().isEmpty()) {
            general.setText("The attestation was refused: " + String.join("; ", problems.general()) + ".");
            general.setVisible(true);
        }
    }

    private void clearProblems() {
        account.setInvalid(false);
        statement.setInvalid(false);
        evidenceUrl.setInvalid(false);
        validUntil.setInvalid(false);
        evidenceFileProblem.setVisible(false);
        general.setVisible(false);
    }
}
