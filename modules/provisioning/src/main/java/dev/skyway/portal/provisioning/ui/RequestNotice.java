package dev.skyway.portal.provisioning.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;

import dev.skyway.portal.platform.ui.kit.Formats;
import dev.skyway.portal.provisioning.ProductRequest;
import dev.skyway.portal.provisioning.ProductRequestChanges;
import dev.skyway.portal.provisioning.ProductRequests;
import dev.skyway.portal.provisioning.RequestAction;
import dev.skyway.portal.provisioning.RequestProgress;
import dev.skyway.portal.provisioning.RequestStateException;
import dev.skyway.portal.provisioning.RequestStatus;
import dev.skyway.portal.provisioning.RequestValidationException;
import dev.skyway.portal.provisioning.RequestViolation;
import dev.skyway.portal.provisioning.SentBackChanges;

/**
 * What the requester should know and may do now, above a request's details: the approver's comment with "Edit and
 * resubmit" (for a termination, which has nothing to edit: an answer to the approver and "Resubmit" after a
 * confirmation; and "Withdraw request" while nothing is decided); the failure in plain words with "Retry" (asking again for secrets that were forgotten); "AWS is
 * throttling; will retry" while provisioning waits; or the plain reason (e.g. of a rejection).
 */
class RequestNotice extends Div {

    final Button edit = new Button("Edit and resubmit");
    final Button retry = new Button("Retry");
    final Button withdraw = new Button("Withdraw request");
    final TextArea note = new TextArea("Your answer to the approver");
    final Button resubmit = new Button("Resubmit");
    final Map<String, PasswordField> secrets = new LinkedHashMap<>();

    RequestNotice(ProductRequest r, RequestProgress progress, ProductRequestChanges changes,
                  SentBackChanges sentBack, Runnable refresh) {
        setId("request-notice");
        addClassName("notice");
        String reason = r.statusReason();
        if (progress.resourceId() != null) {
            Div change = new Div(new com.vaadin.flow.component.html.Span((progress.action() == RequestAction.UPDATE
                    ? "Updates the parameters of " : "Terminates ") + r.provisionedName() + " ("),
                    new com.vaadin.flow.router.RouterLink("resource", ResourceDetailView.class,
                            new RouteParameters(ResourceDetailView.ID, progress.resourceId().toString())),
                    new com.vaadin.flow.component.html.Span(")"));
            change.setId("request-change-of");
            add(change);
        }
        switch (r.status()) {
            case CHANGES_REQUESTED -> {
                add(new Paragraph("An approver asked for changes: " + reason));
                if (progress.canEdit() && progress.action() == RequestAction.TERMINATE) {
                    resubmitTermination(r, sentBack, refresh);
                } else if (progress.canEdit()) {
                    edit.setId("request-edit");
                    edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    edit.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(EditRequestView.class,
                            new RouteParameters(RequestDetailView.ID, r.id().toString()))));
                    add(edit);
                }
            }
            case FAILED -> {
                add(new Paragraph("Provisioning failed" + (progress.attempt() > 1 ? " (attempt "
                        + progress.attempt() + ")" : "") + ": " + (reason == null ? "no reason given" : reason)));
                if (progress.canRetry()) {
                    if (!progress.secretsToReenter().isEmpty()) {
                        add(new Paragraph("Secret values are forgotten after a failure was left alone; enter them "
                                + "again to retry."));
                    }
                    progress.secretsToReenter().forEach(key -> {
                        PasswordField field = new PasswordField(key);
                        field.getElement().setAttribute("data-parameter", key);
                        secrets.put(key, field);
                        add(field);
                    });
                    retry.setId("request-retry");
                    retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    retry.addClickListener(e -> retry(r, changes, refresh));
                    add(retry);
                }
            }
            case PROVISIONING, APPROVED -> {
                if (reason != null) {
                    add(new Paragraph("Pending: " + reason + (progress.retryAfter() == null ? ""
                            : " (next try " + Formats.dateTime(progress.retryAfter()) + ")")));
                }
            }
            default -> {
                if (reason != null) {
                    add(new Paragraph((r.status() == RequestStatus.REJECTED ? "Rejected: " : "Reason: ") + reason));
                }
            }
        }
        if (progress.canWithdraw()) {
            withdraw.setId("request-withdraw");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            withdraw.addClickListener(e -> dev.skyway.portal.platform.ui.kit.Confirm.destructive(
                    "Withdraw this request?", r.product().productName() + " " + r.product().versionName() + " in "
                            + r.target().environment()
                            + " is taken back: approvers no longer see it and nothing is provisioned.",
                    "Withdraw", () -> {
                        changes.withdraw(r.id(), null);
                        refresh.run();
                    }).open());
            add(withdraw);
        }
        setVisible(getChildren().findAny().isPresent());
    }

    /**
     * A termination has nothing to edit: the requester answers the approver (required) and, after a confirmation,
     * sends it to the approvers again.
     */
    private void resubmitTermination(ProductRequest r, SentBackChanges sentBack, Runnable refresh) {
        note.setId("request-resubmit-note");
        note.setRequired(true);
        note.setMaxLength(ProductRequests.MAX_JUSTIFICATION);
        note.setWidthFull();
        note.setHelperText("Approvers read it with the termination; it stays in the timeline");
        resubmit.setId("request-resubmit");
        resubmit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        resubmit.addClickListener(e -> {
            List<RequestViolation> violations = SentBackChanges.noteViolations(note.getValue());
            if (!violations.isEmpty()) {
                showNoteViolations(violations);
                return;
            }
            note.setInvalid(false);
            dev.skyway.portal.platform.ui.kit.Confirm.ask("Resubmit the termination?", "Terminating "
                    + r.provisionedName() + " goes to the approvers again with your answer; earlier approvals "
                    + "start over.", "Resubmit", () -> {
                        try {
                            sentBack.resubmitTermination(r.id(), note.getValue());
                            refresh.run();
                        } catch (RequestValidationException ex) {
                            showNoteViolations(ex.violations());
                        } catch (RequestStateException ex) {
                            add(new Paragraph(ex.getMessage()));
                            resubmit.setEnabled(false);
                        }
                    }).open();
        });
        add(note, resubmit);
    }

    private void showNoteViolations(List<RequestViolation> violations) {
        note.setErrorMessage(violations.stream().map(RequestViolation::message)
                .collect(java.util.stream.Collectors.joining("; ")));
        note.setInvalid(true);
    }

    private void retry(ProductRequest r, ProductRequestChanges changes, Runnable refresh) {
        Map<String, String> values = new LinkedHashMap<>();
        secrets.forEach((key, field) -> {
            values.put(key, field.getValue());
            field.setInvalid(false);
        });
        try {
            changes.retry(r.id(), values);
            refresh.run();
        } catch (RequestValidationException e) {
            for (RequestViolation v : e.violations()) {
                PasswordField field = v.parameterKey() == null ? null : secrets.get(v.parameterKey());
                if (field == null) {
                    add(new Paragraph(v.field() + " " + v.message()));
                } else {
                    field.setErrorMessage(v.message());
                    field.setInvalid(true);
                }
            }
        }
    }
}
