package dev.skyway.portal.approvals.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.approvals.ApprovalDecision;
import dev.skyway.portal.approvals.ApprovalRefusedException;
import dev.skyway.portal.approvals.ApprovalTask;
import dev.skyway.portal.approvals.DecisionOutcome;
import dev.skyway.portal.approvals.ProcessStatus;
import dev.skyway.portal.approvals.StageStatus;
import dev.skyway.portal.approvals.TaskQuery;
import dev.skyway.portal.approvals.internal.Rows.ProcessRow;
import dev.skyway.portal.platform.identity.PortalUser;

/**
 * Decisions named by subject rather than by task, for subject modules whose pages and APIs show the subject: finds
 * the caller's open task on it (directly or as someone's delegate) and decides it through {@link DecisionMaker}, so
 * every rule a task decision passes applies here too. The requester is told plainly that they cannot decide their
 * own request before anything else is looked up.
 */
@Service
public class SubjectDecisions {

    static final String OWN_REQUEST = "You cannot approve or reject your own request";

    private final Processes processes;
    private final Stages stages;
    private final ApprovalReads reads;
    private final DecisionMaker decisions;

    SubjectDecisions(Processes processes, Stages stages, ApprovalReads reads, DecisionMaker decisions) {
        this.processes = processes;
        this.stages = stages;
        this.reads = reads;
        this.decisions = decisions;
    }

    /**
     * @param comment as {@link DecisionMaker#decide}: required for rejections and change requests
     * @throws ApprovalRefusedException when the subject is the actor's own, or the actor has no open task on it (or
     *                                  a separation-of-duties rule forbids the decision)
     * @throws dev.skyway.portal.approvals.StaleSubjectException when {@code subjectHash} is not the current version
     * @throws IllegalArgumentException when {@code subjectHash} is missing or a required comment missing or too long
     */
    @Transactional
    public ApprovalDecision decide(String subjectType, String subjectId, DecisionOutcome outcome, String subjectHash,
                                   @Nullable String comment, PortalUser actor) {
        ProcessRow process = processes.findBySubject(subjectType, subjectId)
                .orElseThrow(() -> noTask(subjectId));
        if (actor.isSamePerson(process.requester().key())) {
            throw new ApprovalRefusedException(OWN_REQUEST);
        }
        if (process.status() == ProcessStatus.PENDING) {
            // a held stage is in nobody's inbox: say why rather than "no open task"
            stages.ofRevision(process.id(), process.revision()).stream()
                    .filter(s -> s.status() == StageStatus.HELD).findFirst().ifPresent(held -> {
                        throw new ApprovalRefusedException("The approval of " + process.subject().title()
                                + " is on hold" + (held.hold() == null ? "" : ": " + held.hold().reason()));
                    });
        }
        ApprovalTask task = reads.tasks(actor, new TaskQuery(subjectType, null, subjectId), 0, 50).stream()
                .filter(t -> t.subject().type().equals(subjectType) && t.subject().id().equals(subjectId))
                .findFirst().orElseThrow(() -> noTask(subjectId));
        return decisions.decide(task.id(), outcome, subjectHash, comment, actor);
    }

    private static ApprovalRefusedException noTask(String subjectId) {
        return new ApprovalRefusedException("You have no open approval task for request " + subjectId);
    }
}
