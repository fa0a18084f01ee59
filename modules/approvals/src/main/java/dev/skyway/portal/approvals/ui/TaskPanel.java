package dev.skyway.portal.approvals.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import dev.skyway.portal.approvals.ApprovalRefusedException;
import dev.skyway.portal.approvals.ApprovalTask;
import dev.skyway.portal.approvals.Approvals;
import dev.skyway.portal.approvals.StaleSubjectException;
import dev.skyway.portal.platform.ui.kit.Formats;

/**
 * One task in full (what is asked, by whom, why, what it costs, which rule and stage) and the decision buttons.
 * The engine checks everything again; its refusals are shown as they are.
 */
class TaskPanel extends Div {

    private final transient Approvals approvals;
    private final transient Runnable decided;

    final TextArea comment = new TextArea("Comment or reason");
    final Button approve = new Button("Approve");
    final Button reject = new Button("Reject");
    final Button requestChanges = new Button("Request changes");
    private ApprovalTask task;

    TaskPanel(Approvals approvals, Runnable decided) {
        this.approvals = approvals;
        this.decided = decided;
        addClassName("card");
        setId("task-panel");
        comment.setWidthFull();
        comment.setMaxLength(4000);
        comment.setHelperText("Optional to approve; required to reject or request changes.");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        approve.addClickListener(e -> decide(Decision.APPROVE));
        reject.addClickListener(e -> decide(Decision.REJECT));
        requestChanges.addClickListener(e -> decide(Decision.REQUEST_CHANGES));
        show(null);
    }

    enum Decision { APPROVE, REJECT, REQUEST_CHANGES }

    void show(ApprovalTask selected) {
        task = selected;
        removeAll();
        comment.clear();
        comment.setInvalid(false);
        setVisible(selected != null);
        if (selected == null) {
            return;
        }
        add(new H2(selected.subject().title()));
        add(line("Requested by", selected.requesterName() + " (" + selected.requester() + ")"));
        add(line("Subject", selected.subject().type() + " " + selected.subject().id()));
        var a = selected.attributes();
        add(line("Action", a.action().name().toLowerCase()));
        add(line("Environment", a.environment() == null ? "—" : a.environment()));
        add(line("Estimated monthly cost", a.monthlyCost() == null ? "not estimated"
                : Formats.money(a.monthlyCost().amount(), a.monthlyCost().currency())));
        add(line("Product / account / team", dash(a.product()) + " / " + dash(a.account()) + " / " + dash(a.team())));
        for (Map.Entry<String, String> field : a.display().entrySet()) {
            add(line(field.getKey(), field.getValue()));
        }
        add(line("Routed by", "rule '" + selected.ruleName() + "' of policy v" + selected.policyVersion()));
        add(line("Stage", selected.stagePosition() + " of " + selected.stageCount() + ": " + selected.stage() + " ("
                + selected.mode() + ", " + selected.approvals() + "/" + selected.requiredApprovals() + " approvals)"));
        add(line("Due", Formats.dateTimeWithZone(selected.dueAt()) + (selected.escalated() ? " · escalated" : "")));
        if (selected.onBehalfOf() != null) {
            add(line("You decide", "on behalf of " + selected.onBehalfOf() + " (delegation)"));
        }
        add(comment, new HorizontalLayout(approve, requestChanges, reject));
    }

    private void decide(Decision decision) {
        if (task == null) {
            return;
        }
        String text = comment.getValue();
        if (decision != Decision.APPROVE && text.isBlank()) {
            comment.setErrorMessage(decision == Decision.REJECT ? "A rejection needs a reason"
                    : "Say what should change");
            comment.setInvalid(true);
            return;
        }
        try {
            switch (decision) {
                case APPROVE -> approvals.approve(task.id(), task.subjectHash(), text);
                case REJECT -> approvals.reject(task.id(), task.subjectHash(), text);
                case REQUEST_CHANGES -> approvals.requestChanges(task.id(), task.subjectHash(), text);
            }
            Notification.show("Decision recorded: " + task.subject().title()).addThemeVariants(
                    NotificationVariant.LUMO_SUCCESS);
            decided.run();
        } catch (ApprovalRefusedException | StaleSubjectException | IllegalArgumentException e) {
            Notification error = Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE);
            error.addThemeVariants(NotificationVariant.LUMO_ERROR);
            decided.run();
        }
    }

    private static Paragraph line(String label, String value) {
        Span l = new Span(label + ": ");
        l.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Paragraph p = new Paragraph(l, new Span(value));
        p.getStyle().set("margin", "var(--lumo-space-xs) 0");
        return p;
    }

    private static String dash(String value) {
        return value == null ? "—" : value;
    }
}
