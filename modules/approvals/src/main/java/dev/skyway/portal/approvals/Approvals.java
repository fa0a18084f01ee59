package dev.skyway.portal.approvals;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import dev.skyway.portal.approvals.internal.ApprovalEngine;
import dev.skyway.portal.approvals.internal.ApprovalReads;
import dev.skyway.portal.approvals.internal.DecisionMaker;
import dev.skyway.portal.approvals.internal.FreezeHolds;
import dev.skyway.portal.approvals.internal.PolicyEditor;
import dev.skyway.portal.approvals.internal.SubjectDecisions;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.PortalUser;

/**
 * The approval engine's facade for subject modules and approvers.
 *
 * <p>A subject module (anything that needs approving: a request, a budget, a waiver) uses four things:
 * <ol>
 * <li>{@link #submit} a subject (type, id, title, the {@link SubjectAttributes} policies route on, and a hash of
 * the version to approve), {@link #resubmit} it after an edit, {@link #withdraw} it when it is cancelled;</li>
 * <li>{@link #approveSubject}, {@link #rejectSubject} and {@link #requestChangesOnSubject} for its own pages and API,
 * which name the subject rather than an approval task;</li>
 * <li>{@link #processOf} to show where its approval stands (stages, decisions), {@link #processes} for a page of
 * them;</li>
 * <li>one listener for {@link SubjectDecided}, the verdict on the subject.</li>
 * </ol>
 * Approvers list their {@link #tasks} and decide them; every decision passes the separation-of-duties rules and
 * binds to the subject version (hash) the approver saw, whatever the entry point (view, REST, forged event).
 */
@Service
public class Approvals {

    private final ApprovalEngine engine;
    private final DecisionMaker decisions;
    private final ApprovalReads reads;
    private final SubjectDecisions subjects;
    private final PolicyEditor policies;
    private final FreezeHolds freezes;
    private final CurrentUser currentUser;

    Approvals(ApprovalEngine engine, DecisionMaker decisions, SubjectDecisions subjects, ApprovalReads reads,
              PolicyEditor policies, FreezeHolds freezes, CurrentUser currentUser) {
        this.engine = engine;
        this.decisions = decisions;
        this.subjects = subjects;
        this.reads = reads;
        this.policies = policies;
        this.freezes = freezes;
        this.currentUser = currentUser;
    }

    /**
     * Routes a subject with the current policy: auto-approved ({@link SubjectApproved} published in the same
     * transaction) or its first stage opened ({@link ApprovalRequested}). Called by subject modules on behalf of
     * {@code requester}, who then can never decide it.
     *
     * @throws IllegalArgumentException when the subject already has an unfinished process
     */
    public ApprovalProcess submit(Submission submission, PortalUser requester) {
        UUID id = engine.start(submission, requester);
        return reads.process(id).orElseThrow();
    }

    /**
     * The requester edited the subject (after changes were requested, or while pending): every earlier approval is
     * void, and the current policy routes the new version from its first stage.
     *
     * @throws ApprovalRefusedException when the caller is not the requester (the system may resubmit for them)
     * @throws IllegalArgumentException when the process is unknown or already approved or rejected
     */
    public ApprovalProcess resubmit(UUID processId, String newSubjectHash, SubjectAttributes newAttributes) {
        engine.resubmit(processId, newSubjectHash, newAttributes, currentUser.getOrSystem());
        return reads.process(processId).orElseThrow();
    }

    /**
     * Takes a subject back before a final decision (e.g. its request was cancelled): open stages leave every inbox,
     * the process ends {@code WITHDRAWN}. Idempotent.
     *
     * @throws ApprovalRefusedException when the caller is neither the requester nor a platform admin (the system may)
     * @throws IllegalArgumentException when the process is unknown or already approved or rejected
     */
    public ApprovalProcess withdraw(UUID processId, String reason) {
        engine.withdraw(processId, reason, currentUser.getOrSystem());
        return reads.process(processId).orElseThrow();
    }

    /** The longest comment or reason a decision keeps (the decision's column, and what subjects must accept). */
    public static final int MAX_COMMENT = 4000;

    /** The longest subject hash (version) a decision names. */
    public static final int MAX_SUBJECT_HASH = 128;

    /**
     * Approves the caller's task, with or without a comment.
     *
     * @throws ApprovalRefusedException when the caller has no open task {@code taskId}, or separation of duties
     *                                  forbids it (own subject, already approved another stage)
     * @throws StaleSubjectException    when {@code subjectHash} is not the current version of the subject
     */
    @PreAuthorize("isAuthenticated()")
    public ApprovalDecision approve(UUID taskId, String subjectHash, @Nullable String comment) {
        return decisions.decide(taskId, DecisionOutcome.APPROVED, subjectHash, comment, currentUser.get());
    }

    /** Rejects the caller's task; ends the process. As {@link #approve}, and {@code reason} is required (400). */
    @PreAuthorize("isAuthenticated()")
    public ApprovalDecision reject(UUID taskId, String subjectHash, String reason) {
        return decisions.decide(taskId, DecisionOutcome.REJECTED, subjectHash, reason, currentUser.get());
    }

    /** Sends the subject back to its requester. As {@link #approve}, and {@code comment} is required (400). */
    @PreAuthorize("isAuthenticated()")
    public ApprovalDecision requestChanges(UUID taskId, String subjectHash, String comment) {
        return decisions.decide(taskId, DecisionOutcome.CHANGES_REQUESTED, subjectHash, comment, currentUser.get());
    }

    /**
     * Approves the caller's open task on a subject, named as the subject module knows it; for subject modules whose
     * pages and API show the subject rather than the task; the comment is optional. Decided exactly as
     * {@link #approve}: on the version {@code subjectHash} the caller read, never one re-read now.
     *
     * @throws ApprovalRefusedException "You cannot approve or reject your own request" when the caller requested it;
     *                                  "You have no open approval task for request {@code subjectId}" when nothing
     *                                  of it is open for the caller; or a separation-of-duties rule's reason
     * @throws StaleSubjectException    when {@code subjectHash} is not the current version of the subject
     * @throws IllegalArgumentException when {@code subjectHash} is missing or the comment too long
     */
    @PreAuthorize("isAuthenticated()")
    public ApprovalDecision approveSubject(String subjectType, String subjectId, String subjectHash,
                                           @Nullable String comment) {
        return subjects.decide(subjectType, subjectId, DecisionOutcome.APPROVED, subjectHash, comment,
                currentUser.get());
    }

    /** Rejects the caller's open task on a subject; ends the process. As {@link #approveSubject}; reason required. */
    @PreAuthorize("isAuthenticated()")
    public ApprovalDecision rejectSubject(String subjectType, String subjectId, String subjectHash, String reason) {
        return subjects.decide(subjectType, subjectId, DecisionOutcome.REJECTED, subjectHash, reason,
                currentUser.get());
    }

    /** Sends a subject back to its requester. As {@link #approveSubject}, {@code comment} required. */
    @PreAuthorize("isAuthenticated()")
    public ApprovalDecision requestChangesOnSubject(String subjectType, String subjectId, String subjectHash,
                                                    String comment) {
        return subjects.decide(subjectType, subjectId, DecisionOutcome.CHANGES_REQUESTED, subjectHash, comment,
                currentUser.get());
    }

    /** The caller's open tasks (including as someone's delegate), soonest due first. */
    @PreAuthorize("isAuthenticated()")
    public List<ApprovalTask> tasks(TaskQuery query, int offset, int limit) {
        return reads.tasks(currentUser.get(), query, offset, Math.clamp(limit, 0, 1_000));
    }

    @PreAuthorize("isAuthenticated()")
    public int countTasks(TaskQuery query) {
        return reads.countTasks(currentUser.get(), query);
    }

    /** The caller's open tasks counted by due time (one query, however many tasks). */
    @PreAuthorize("isAuthenticated()")
    public TaskCounts taskCounts() {
        return reads.taskCounts(currentUser.get());
    }

    /** One of the caller's open tasks; empty when it is not open for them. */
    @PreAuthorize("isAuthenticated()")
    public Optional<ApprovalTask> task(UUID taskId) {
        return reads.task(currentUser.get(), taskId);
    }

    /** What the caller decided, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<ApprovalDecision> decided(int offset, int limit) {
        return reads.decisionsBy(currentUser.get(), offset, Math.clamp(limit, 0, 1_000));
    }

    @PreAuthorize("isAuthenticated()")
    public int countDecided() {
        return reads.countDecisionsBy(currentUser.get());
    }

    /**
     * The newest process of a subject, for its module (which checks who may see the subject). Empty when the
     * subject was never submitted.
     */
    public Optional<ApprovalProcess> processOf(String subjectType, String subjectId) {
        return reads.processBySubject(subjectType, subjectId);
    }

    /** A process by id, for subject modules; empty when unknown. */
    public Optional<ApprovalProcess> process(UUID processId) {
        return reads.process(processId);
    }

    /**
     * Processes by id, for subject modules listing their subjects (which check who may see them): for each id the
     * value {@link #process} returns, in the order given; unknown ids are absent. Read with at most four queries
     * however many ids (processes, their current stages, those stages' approvers, decisions), none for no ids: a
     * page of a list costs what one row does.
     */
    public Map<UUID, ApprovalProcess> processes(Collection<UUID> processIds) {
        return reads.processes(processIds);
    }

    /**
     * Releases a stage a policy rule put on hold ({@code "hold": true}); platform admins only. The stage opens now
     * and its approvers are asked.
     *
     * @throws IllegalArgumentException when the stage is not on hold
     */
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public void releaseHold(UUID stageId) {
        engine.release(stageId, currentUser.get());
    }

    /**
     * Change freezes ({@link ChangeFreezes}): holds the open stages of pending subjects that target {@code account}
     * ({@link SubjectAttributes#account()}), or of every pending subject when {@code account} is null (an
     * organization-wide freeze). Their approvers can no longer decide them; stages opening later are asked of the
     * {@link ChangeFreezes} beans. A stage held already (by the policy or another freeze) is left as it is. Checks no
     * roles: the freezing module decides who may freeze.
     *
     * @return the stages held now
     */
    public List<HeldStage> holdOpenStages(@Nullable String account, StageHold hold) {
        return freezes.holdOpen(account == null || account.isBlank() ? null : account.strip(), hold);
    }

    /**
     * Ends a holder's freeze: every stage {@code kind}/{@code reference} holds opens and its approvers are asked, but
     * a stage another {@link ChangeFreezes} still holds moves to that hold instead. Checks no roles.
     *
     * @return the stages this holder held (opened or moved to another hold)
     */
    public List<HeldStage> releaseHolds(String kind, String reference) {
        return freezes.releaseAll(kind, reference, currentUser.getOrSystem());
    }

    /**
     * Releases one stage its holder holds (e.g. the incident commander lets one change through); as
     * {@link #releaseHolds} for that stage. Checks no roles: the holder's module decides who may.
     *
     * @throws IllegalArgumentException when {@code kind}/{@code reference} does not hold the stage (now)
     */
    public HeldStage releaseHeldStage(UUID stageId, String kind, String reference) {
        return freezes.releaseOne(stageId, kind, reference, currentUser.getOrSystem());
    }

    /** The stages {@code kind}/{@code reference} holds now, oldest first. Checks no roles. */
    public List<HeldStage> heldStages(String kind, String reference) {
        return freezes.heldBy(kind, reference);
    }

    /** Who would approve a subject with these attributes under the current policy ("who will approve"). */
    @PreAuthorize("isAuthenticated()")
    public RoutePreview preview(String subjectType, SubjectAttributes attributes) {
        return policies.preview(SubjectRef.required(subjectType, "subject type"), attributes, null);
    }
}
