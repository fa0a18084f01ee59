package dev.skyway.portal.approvals.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.approvals.ApprovalDecision;
import dev.skyway.portal.approvals.ApprovalRefusedException;
import dev.skyway.portal.approvals.Approvals;
import dev.skyway.portal.approvals.ChangesRequested;
import dev.skyway.portal.approvals.DecisionOutcome;
import dev.skyway.portal.approvals.DecisionRecorded;
import dev.skyway.portal.approvals.ProcessStatus;
import dev.skyway.portal.approvals.StageStatus;
import dev.skyway.portal.approvals.StaleSubjectException;
import dev.skyway.portal.approvals.SubjectApproved;
import dev.skyway.portal.approvals.SubjectRejected;
import dev.skyway.portal.approvals.internal.Rows.ProcessRow;
import dev.skyway.portal.approvals.internal.Rows.StageRow;
import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.UserKey;

/** Records a decision on a task after every check, and moves the process on. */
@Service
public class DecisionMaker {

    private final Processes processes;
    private final Stages stages;
    private final Decisions decisions;
    private final SeparationOfDuties duties;
    private final StageFactory stageFactory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DecisionMaker(Processes processes, Stages stages, Decisions decisions, SeparationOfDuties duties,
                  StageFactory stageFactory, ApplicationEventPublisher events, Clock clock) {
        this.processes = processes;
        this.stages = stages;
        this.decisions = decisions;
        this.duties = duties;
        this.stageFactory = stageFactory;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param comment required (non-blank) for rejections and change requests; optional for approvals
     * @throws IllegalArgumentException when a required reason is missing or too long
     * @throws ApprovalRefusedException when the actor has no open task here or a separation-of-duties rule forbids it
     * @throws StaleSubjectException    when {@code subjectHash} is not the subject's current version
     */
    @Transactional
    public ApprovalDecision decide(UUID taskId, DecisionOutcome outcome, String subjectHash, @Nullable String comment,
                                   PortalUser actor) {
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text == null && outcome != DecisionOutcome.APPROVED) {
            throw new IllegalArgumentException(outcome == DecisionOutcome.REJECTED
                    ? "reason: a rejection needs a reason" : "comment: say what should change");
        }
        if (text != null && text.length() > Approvals.MAX_COMMENT) {
            throw new IllegalArgumentException((outcome == DecisionOutcome.REJECTED ? "reason" : "comment")
                    + ": at most " + Approvals.MAX_COMMENT + " characters");
        }
        if (subjectHash == null || subjectHash.isBlank()) {
            throw new IllegalArgumentException("subjectHash: name the subject version you decide on");
        }
        StageRow stage = stages.find(taskId).orElseThrow(() -> noTask(taskId));
        ProcessRow process = processes.lock(stage.processId()).orElseThrow(() -> noTask(taskId));
        stage = stages.find(taskId).orElseThrow(() -> noTask(taskId));
        if (stage.revision() != process.revision()) {
            // the task was of a version the requester has since replaced: say so, not "no open task"
            throw new StaleSubjectException();
        }
        if (stage.status() == StageStatus.HELD) {
            throw new ApprovalRefusedException("Stage '" + stage.name() + "' is on hold; it cannot be decided now"
                    + (stage.hold() == null ? "" : " (" + stage.hold().reason() + ")"));
        }
        if (stage.status() != StageStatus.OPEN || process.status() != ProcessStatus.PENDING) {
            throw noTask(taskId);
        }
        Delegations.Active onBehalfOf = duties.onBehalfOf(stage, actor);
        List<ApprovalDecision> decided = decisions.ofRevision(process.id(), process.revision());
        duties.check(process, stage, actor, onBehalfOf, outcome, decided);
        if (!process.subjectHash().equals(subjectHash)) {
            throw new StaleSubjectException();
        }
        Instant now = clock.instant();
        UUID decisionId = decisions.insert(process.id(), stage.id(), process.revision(), outcome, actor, onBehalfOf,
                text, subjectHash, now);
        String onBehalfOfName = onBehalfOf == null ? null : onBehalfOf.delegatorUsername();
        AuditActor auditActor = AuditActor.of(actor);
        events.publishEvent(new DecisionRecorded(UUID.randomUUID().toString(), process.id(),
                process.subject().type(), process.subject().id(), stage.id(), stage.name(), outcome,
                onBehalfOfName, text, subjectHash, auditActor));
        switch (outcome) {
            case APPROVED -> approved(process, stage, auditActor, now);
            case REJECTED -> {
                stages.complete(stage.id(), StageStatus.REJECTED, now);
                processes.complete(process.id(), ProcessStatus.REJECTED, now);
                events.publishEvent(new SubjectRejected(UUID.randomUUID().toString(), process.id(),
                        process.subject().type(), process.subject().id(), subjectHash, stage.name(), text, now,
                        auditActor));
            }
            case CHANGES_REQUESTED -> {
                stages.complete(stage.id(), StageStatus.CHANGES_REQUESTED, now);
                processes.complete(process.id(), ProcessStatus.CHANGES_REQUESTED, now);
                events.publishEvent(new ChangesRequested(UUID.randomUUID().toString(), process.id(),
                        process.subject().type(), process.subject().id(), subjectHash, stage.name(), text,
                        process.requester().username(), now, auditActor));
            }
        }
        return new ApprovalDecision(decisionId, process.id(), stage.id(), process.subject(), stage.name(), outcome,
                actor.key(), actor.username(), actor.name(), onBehalfOf == null ? null : onBehalfOf.delegator(),
                onBehalfOfName, text, subjectHash, now);
    }

    private void approved(ProcessRow process, StageRow stage, AuditActor actor, Instant now) {
        Set<UserKey> approvedFor = decisions.ofRevision(process.id(), process.revision()).stream()
                .filter(d -> d.taskId().equals(stage.id()) && d.outcome() == DecisionOutcome.APPROVED)
                .map(d -> d.onBehalfOfKey() == null ? d.actorKey() : d.onBehalfOfKey())
                .collect(Collectors.toSet());
        if (approvedFor.size() < stage.requiredApprovals()) {
            return;
        }
        stages.complete(stage.id(), StageStatus.APPROVED, now);
        List<StageRow> rest = stages.ofRevision(process.id(), process.revision()).stream()
                .filter(s -> s.status() == StageStatus.WAITING).toList();
        if (!rest.isEmpty()) {
            stageFactory.open(process, rest.getFirst(), actor);
            return;
        }
        processes.complete(process.id(), ProcessStatus.APPROVED, now);
        events.publishEvent(new SubjectApproved(UUID.randomUUID().toString(), process.id(),
                process.subject().type(), process.subject().id(), process.subjectHash(), process.policyVersion(),
                process.ruleName(), false, now, actor));
    }

    private static ApprovalRefusedException noTask(UUID taskId) {
        return new ApprovalRefusedException("You have no open task " + taskId);
    }
}
