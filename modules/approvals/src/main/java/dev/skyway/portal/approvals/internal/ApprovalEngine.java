package dev.skyway.portal.approvals.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.approvals.ApprovalRefusedException;
import dev.skyway.portal.approvals.ApprovalResubmitted;
import dev.skyway.portal.approvals.ApprovalSubmitted;
import dev.skyway.portal.approvals.ProcessStatus;
import dev.skyway.portal.approvals.SubjectApproved;
import dev.skyway.portal.approvals.SubjectAttributes;
import dev.skyway.portal.approvals.Submission;
import dev.skyway.portal.approvals.internal.Rows.ProcessRow;
import dev.skyway.portal.approvals.internal.Rows.Requester;
import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.identity.PortalUser;

/** Starts processes and restarts them when the subject is edited; routing uses the current policy version. */
@Service
public class ApprovalEngine {

    private final Processes processes;
    private final Stages stages;
    private final PolicyStore policies;
    private final StageFactory stageFactory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApprovalEngine(Processes processes, Stages stages, PolicyStore policies, StageFactory stageFactory,
                   ApplicationEventPublisher events, Clock clock) {
        this.processes = processes;
        this.stages = stages;
        this.policies = policies;
        this.stageFactory = stageFactory;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws IllegalArgumentException when the subject already has a process that is not finished
     */
    @Transactional
    public UUID start(Submission submission, PortalUser requester) {
        processes.findBySubject(submission.subject().type(), submission.subject().id())
                .filter(p -> p.status() == ProcessStatus.PENDING || p.status() == ProcessStatus.CHANGES_REQUESTED)
                .ifPresent(p -> {
                    throw new IllegalArgumentException(submission.subject() + " is already in approval (process "
                            + p.id() + "): resubmit it instead");
                });
        PolicyStore.Current policy = policies.current();
        Policy.Rule rule = PolicyRouter.route(policy.policy(), submission.subject().type(), submission.attributes());
        Instant now = clock.instant();
        ProcessRow process = new ProcessRow(UUID.randomUUID(), submission.subject(), submission.attributes(),
                submission.subjectHash(), new Requester(requester.issuer(), requester.subject(),
                requester.username(), requester.name()), policy.version(), rule.name(), ProcessStatus.PENDING, 1,
                now, null);
        processes.insert(process);
        AuditActor actor = AuditActor.of(requester);
        events.publishEvent(new ApprovalSubmitted(UUID.randomUUID().toString(), process.id(),
                process.subject().type(), process.subject().id(), process.subjectHash(), policy.version(),
                rule.name(), actor));
        route(process, rule, actor);
        return process.id();
    }

    /**
     * The requester edited the subject: every earlier approval is void, the current policy routes it again.
     *
     * @throws ApprovalRefusedException when {@code actor} is not the requester (nor the system)
     * @throws IllegalArgumentException when the process does not exist or is already approved or rejected
     */
    @Transactional
    public void resubmit(UUID processId, String subjectHash, SubjectAttributes attributes, PortalUser actor) {
        ProcessRow old = processes.lock(processId)
                .orElseThrow(() -> new IllegalArgumentException("No approval process " + processId));
        if (!actor.isSystem() && !actor.isSamePerson(old.requester().key())) {
            throw new ApprovalRefusedException("Only the requester (" + old.requester().username()
                    + ") can resubmit this " + old.subject().type());
        }
        if (old.status() == ProcessStatus.APPROVED || old.status() == ProcessStatus.REJECTED) {
            throw new IllegalArgumentException("This approval is already " + old.status().name().toLowerCase()
                    + ": submit a new request instead");
        }
        Submission edited = new Submission(old.subject(), attributes, subjectHash);
        Instant now = clock.instant();
        stages.supersede(processId, old.revision(), now);
        PolicyStore.Current policy = policies.current();
        Policy.Rule rule = PolicyRouter.route(policy.policy(), old.subject().type(), attributes);
        int revision = old.revision() + 1;
        processes.updateSubject(processId, old.subject(), attributes, edited.subjectHash(), policy.version(),
                rule.name(), revision, now);
        ProcessRow process = processes.find(processId).orElseThrow();
        AuditActor auditActor = AuditActor.of(actor);
        events.publishEvent(new ApprovalResubmitted(UUID.randomUUID().toString(), processId,
                old.subject().type(), old.subject().id(), edited.subjectHash(), revision, policy.version(),
                rule.name(), auditActor));
        route(process, rule, auditActor);
    }

    /**
     * Takes the subject back before a final decision: its undecided stages are closed (they leave every inbox) and
     * the process ends {@code WITHDRAWN}. Withdrawing a withdrawn process does nothing.
     *
     * @throws ApprovalRefusedException when {@code actor} is neither the requester, a platform admin, nor the system
     * @throws IllegalArgumentException when the process does not exist or is already approved or rejected
     */
    @Transactional
    public void withdraw(UUID processId, String reason, PortalUser actor) {
        ProcessRow process = processes.lock(processId)
                .orElseThrow(() -> new IllegalArgumentException("No approval process " + processId));
        if (!actor.isSystem() && !actor.isSamePerson(process.requester().key())
                && !actor.hasRole(dev.skyway.portal.platform.identity.Role.PLATFORM_ADMIN)) {
            throw new ApprovalRefusedException("Only the requester (" + process.requester().username()
                    + ") or a platform admin can withdraw this " + process.subject().type());
        }
        if (process.status() == ProcessStatus.WITHDRAWN) {
            return;
        }
        if (process.status() == ProcessStatus.APPROVED || process.status() == ProcessStatus.REJECTED) {
            throw new IllegalArgumentException("This approval is already " + process.status().name().toLowerCase()
                    + " and cannot be withdrawn");
        }
        Instant now = clock.instant();
        stages.withdraw(processId, process.revision(), now);
        processes.complete(processId, ProcessStatus.WITHDRAWN, now);
        events.publishEvent(new dev.skyway.portal.approvals.ApprovalWithdrawn(UUID.randomUUID().toString(),
                processId, process.subject().type(), process.subject().id(),
                reason == null || reason.isBlank() ? "withdrawn" : reason.strip(), AuditActor.of(actor)));
    }

    /**
     * Releases a held stage (e.g. after the incident that held it is over).
     *
     * @throws IllegalArgumentException when {@code stageId} is not a held stage of a pending process
     */
    @Transactional
    public void release(UUID stageId, PortalUser actor) {
        Rows.StageRow stage = stages.find(stageId)
                .orElseThrow(() -> new IllegalArgumentException("No stage " + stageId));
        ProcessRow process = processes.lock(stage.processId()).orElseThrow();
        if (stage.status() != dev.skyway.portal.approvals.StageStatus.HELD
                || process.status() != ProcessStatus.PENDING) {
            throw new IllegalArgumentException("Stage '" + stage.name() + "' is not on hold");
        }
        stageFactory.release(process, stage, AuditActor.of(actor));
    }

    private void route(ProcessRow process, Policy.Rule rule, AuditActor actor) {
        if (rule.autoApprove()) {
            Instant now = clock.instant();
            processes.complete(process.id(), ProcessStatus.APPROVED, now);
            events.publishEvent(new SubjectApproved(UUID.randomUUID().toString(), process.id(),
                    process.subject().type(), process.subject().id(), process.subjectHash(),
                    process.policyVersion(), rule.name(), true, now, AuditActor.of(PortalUser.SYSTEM)));
        } else {
            stageFactory.createAndOpenFirst(process, rule.stages(), actor);
        }
    }
}
