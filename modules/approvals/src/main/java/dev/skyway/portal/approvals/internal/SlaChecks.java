package dev.skyway.portal.approvals.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.approvals.ApprovalEscalated;
import dev.skyway.portal.approvals.internal.Rows.ProcessRow;
import dev.skyway.portal.approvals.internal.Rows.StageRow;
import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.notify.Notification;

/**
 * One SLA tick: reminds the approvers of stages due soon, and escalates overdue stages to their fallback role
 * (which may then decide too; the original approvers keep their task). Each stage is reminded and escalated once.
 */
@Service
public class SlaChecks {

    private final Stages stages;
    private final Processes processes;
    private final ApprovalsProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SlaChecks(Stages stages, Processes processes, ApprovalsProperties properties, ApplicationEventPublisher events,
              Clock clock) {
        this.stages = stages;
        this.processes = processes;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** What a tick did, and the reminders to send once its transaction committed. */
    public record Outcome(int reminded, int escalated, List<Notification> reminders) {
    }

    @Transactional
    public Outcome run() {
        Instant now = clock.instant();
        List<Notification> reminders = new ArrayList<>();
        for (StageRow stage : stages.dueForReminder(now, properties.reminderBefore())) {
            ProcessRow process = processes.find(stage.processId()).orElseThrow();
            stages.markReminded(stage.id(), now);
            reminders.add(ApprovalNotifier.notification("Reminder: approval due " + stage.dueAt() + ": "
                            + process.subject().title(),
                    "Stage '" + stage.name() + "' of " + process.subject() + " is due at " + stage.dueAt()
                            + ". Approvers: " + labels(stage) + ".", properties.inboxUrl()));
        }
        List<StageRow> overdue = stages.overdue(now);
        for (StageRow stage : overdue) {
            ProcessRow process = processes.find(stage.processId()).orElseThrow();
            stages.addApprover(stage.id(), Rows.Approver.role(stage.escalateToRole(), true));
            stages.markEscalated(stage.id(), now);
            events.publishEvent(new ApprovalEscalated(UUID.randomUUID().toString(), process.id(),
                    process.subject().type(), process.subject().id(), stage.id(), stage.name(),
                    stage.escalateToRole(), stage.dueAt(), AuditActor.of(PortalUser.SYSTEM)));
        }
        return new Outcome(reminders.size(), overdue.size(), reminders);
    }

    private String labels(StageRow stage) {
        return String.join(", ", stages.approvers(stage.id()).stream().map(Rows.Approver::label).toList());
    }
}
