package dev.skyway.portal.approvals.internal;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import dev.skyway.portal.approvals.ApprovalEscalated;
import dev.skyway.portal.approvals.ApprovalRequested;
import dev.skyway.portal.approvals.ChangesRequested;
import dev.skyway.portal.platform.notify.Notification;
import dev.skyway.portal.platform.notify.Notifications;

/**
 * Tells people about new tasks, escalations and change requests, after the transaction committed. The engine knows
 * usernames and roles, not email addresses, so notifications go to the chat webhook (no email recipients yet).
 */
@Component
class ApprovalNotifier {

    private final Notifications notifications;
    private final ApprovalsProperties properties;

    ApprovalNotifier(Notifications notifications, ApprovalsProperties properties) {
        this.notifications = notifications;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void on(ApprovalRequested event) {
        notifications.send(notification("Approval needed: " + event.title(), "Stage '" + event.stage() + "' of "
                + event.subjectType() + " " + event.subjectId() + " asks " + String.join(", ", event.approvers())
                + (event.dueAt() == null ? "." : ", due " + event.dueAt() + "."), properties.inboxUrl()));
    }

    @ApplicationModuleListener
    void on(ApprovalEscalated event) {
        notifications.send(notification("Approval overdue, escalated to " + event.escalatedTo() + ": "
                        + event.subjectType() + " " + event.subjectId(),
                "Stage '" + event.stage() + "' was due " + event.dueAt() + "; " + event.escalatedTo()
                        + " may now decide it.", properties.inboxUrl()));
    }

    @ApplicationModuleListener
    void on(ChangesRequested event) {
        notifications.send(notification("Changes requested: " + event.subjectType() + " " + event.subjectId(),
                event.requester() + ", stage '" + event.stage() + "' asks for changes: " + event.comment(), null));
    }

    static Notification notification(String subject, String body, String link) {
        return new Notification(List.of(), subject, body, link);
    }
}
