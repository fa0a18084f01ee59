package dev.skyway.portal.approvals.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.approvals.ApprovalDecision;
import dev.skyway.portal.approvals.ApprovalProcess;
import dev.skyway.portal.approvals.ApprovalStage;
import dev.skyway.portal.approvals.ApprovalTask;
import dev.skyway.portal.approvals.DecisionOutcome;
import dev.skyway.portal.approvals.ProcessStatus;
import dev.skyway.portal.approvals.StageStatus;
import dev.skyway.portal.approvals.TaskCounts;
import dev.skyway.portal.approvals.TaskQuery;
import dev.skyway.portal.approvals.internal.Rows.Approver;
import dev.skyway.portal.approvals.internal.Rows.ProcessRow;
import dev.skyway.portal.approvals.internal.Rows.StageRow;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.UserKey;

/** Read models: a user's tasks (including those they see as someone's delegate) and whole processes. */
@Service
@Transactional(readOnly = true)
public class ApprovalReads {

    private final Inbox inbox;
    private final Processes processes;
    private final Stages stages;
    private final Decisions decisions;
    private final Delegations delegations;
    private final Clock clock;

    ApprovalReads(Inbox inbox, Processes processes, Stages stages, Decisions decisions, Delegations delegations,
                  Clock clock) {
        this.inbox = inbox;
        this.processes = processes;
        this.stages = stages;
        this.decisions = decisions;
        this.delegations = delegations;
        this.clock = clock;
    }

    /**
     * Who a user can act as now: themself (by key and their own roles) plus every active delegator, by key only (a
     * delegate decides the stages that name the delegator, never with the delegator's roles).
     */
    private record Principals(UserKey me, Set<String> roles, List<Delegations.Active> delegators,
                              Set<UserKey> people) {
    }

    private Principals principals(PortalUser user) {
        List<Delegations.Active> active = delegations.activeFor(user.key(), clock.instant());
        Set<UserKey> people = new HashSet<>(Set.of(user.key()));
        active.forEach(d -> people.add(d.delegator()));
        return new Principals(user.key(), SeparationOfDuties.roleNames(user), active, people);
    }

    public List<ApprovalTask> tasks(PortalUser user, TaskQuery query, int offset, int limit) {
        Principals p = principals(user);
        return toTasks(inbox.open(p.me(), p.people(), p.roles(), query, offset, limit), p);
    }

    public int countTasks(PortalUser user, TaskQuery query) {
        Principals p = principals(user);
        return inbox.count(p.me(), p.people(), p.roles(), query);
    }

    public TaskCounts taskCounts(PortalUser user) {
        Principals p = principals(user);
        return inbox.counts(p.me(), p.people(), p.roles(), clock.instant());
    }

    /** The task if it is open for {@code user}. */
    public Optional<ApprovalTask> task(PortalUser user, UUID taskId) {
        Principals p = principals(user);
        return inbox.one(p.me(), p.people(), p.roles(), taskId).map(e -> toTasks(List.of(e), p).getFirst());
    }

    public List<ApprovalDecision> decisionsBy(PortalUser user, int offset, int limit) {
        return decisions.byActor(user.key(), offset, limit);
    }

    public int countDecisionsBy(PortalUser user) {
        return decisions.countByActor(user.key());
    }

    public Optional<ApprovalProcess> process(UUID processId) {
        return processes.find(processId).map(this::toProcess);
    }

    public Optional<ApprovalProcess> processBySubject(String subjectType, String subjectId) {
        return processes.findBySubject(subjectType, subjectId).map(this::toProcess);
    }

    /** The processes among {@code processIds} that exist, in the order given; at most four queries however many. */
    public Map<UUID, ApprovalProcess> processes(Collection<UUID> processIds) {
        if (processIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, ApprovalProcess> found = toProcesses(processes.findAll(new LinkedHashSet<>(processIds)));
        Map<UUID, ApprovalProcess> inOrder = new LinkedHashMap<>();
        processIds.stream().filter(found::containsKey).forEach(id -> inOrder.put(id, found.get(id)));
        return inOrder;
    }

    /**
     * Tasks for inbox entries with three more queries however many entries (the stages' approvers, their approvals,
     * the stage count of each process's revision): a page of tasks costs what one does.
     */
    private List<ApprovalTask> toTasks(List<Inbox.Entry> entries, Principals p) {
        List<UUID> stageIds = entries.stream().map(e -> e.stage().id()).toList();
        Map<UUID, List<Approver>> approversOf = stages.approvers(stageIds);
        Map<UUID, Integer> approvalsOf = decisions.approvalCounts(stageIds);
        Map<UUID, Integer> revisions = new LinkedHashMap<>();
        entries.forEach(e -> revisions.put(e.process().id(), e.process().revision()));
        Map<UUID, Integer> stageCounts = stages.countsOfRevisions(revisions);
        return entries.stream().map(e -> toTask(e.process(), e.stage(),
                approversOf.getOrDefault(e.stage().id(), List.of()), approvalsOf.getOrDefault(e.stage().id(), 0),
                stageCounts.getOrDefault(e.process().id(), 0), p)).toList();
    }

    private static ApprovalTask toTask(ProcessRow process, StageRow stage, List<Approver> approvers, int approvals,
                                       int stageCount, Principals p) {
        String onBehalfOf = SeparationOfDuties.asks(approvers, p.me(), p.roles()) ? null
                : p.delegators().stream().filter(d -> SeparationOfDuties.asksPersonally(approvers, d.delegator()))
                .map(Delegations.Active::delegatorUsername).findFirst().orElse(null);
        return new ApprovalTask(stage.id(), process.id(), process.subject(), process.attributes(),
                process.subjectHash(), process.requester().username(), process.requester().name(), stage.name(),
                stage.position() + 1, stageCount, stage.mode(), stage.requiredApprovals(), approvals,
                stage.status(), process.policyVersion(), process.ruleName(), stage.openedAt(), stage.dueAt(),
                stage.escalatedAt() != null, onBehalfOf);
    }

    private ApprovalProcess toProcess(ProcessRow p) {
        return toProcesses(List.of(p)).get(p.id());
    }

    /**
     * Whole processes, by id, with three more queries however many rows (their current revision's stages, those
     * stages' approvers, their decisions): a page of processes costs what one does.
     */
    private Map<UUID, ApprovalProcess> toProcesses(List<ProcessRow> rows) {
        Map<UUID, Integer> revisions = new LinkedHashMap<>();
        rows.forEach(p -> revisions.put(p.id(), p.revision()));
        Map<UUID, List<StageRow>> stagesOf = stages.ofRevisions(revisions);
        Map<UUID, List<Approver>> approversOf = stages.approvers(
                stagesOf.values().stream().flatMap(List::stream).map(StageRow::id).toList());
        Map<UUID, List<ApprovalDecision>> decisionsOf = decisions.ofProcesses(revisions.keySet());
        Map<UUID, ApprovalProcess> assembled = new LinkedHashMap<>();
        rows.forEach(p -> assembled.put(p.id(), toProcess(p, stagesOf.getOrDefault(p.id(), List.of()),
                approversOf, decisionsOf.getOrDefault(p.id(), List.of()))));
        return assembled;
    }

    private static ApprovalProcess toProcess(ProcessRow p, List<StageRow> stageRows,
                                             Map<UUID, List<Approver>> approversOf,
                                             List<ApprovalDecision> decided) {
        List<ApprovalStage> stageViews = stageRows.stream()
                .map(s -> new ApprovalStage(s.id(), s.revision(), s.position(), s.name(), s.mode(),
                        s.requiredApprovals(), s.status(),
                        approversOf.getOrDefault(s.id(), List.of()).stream().map(Approver::label).toList(),
                        s.openedAt(), s.dueAt(), s.escalatedAt(), s.completedAt(),
                        s.status() == StageStatus.HELD ? s.hold() : null))
                .toList();
        boolean auto = p.status() == ProcessStatus.APPROVED && stageViews.isEmpty();
        return new ApprovalProcess(p.id(), p.subject(), p.attributes(), p.subjectHash(), p.requester().username(),
                p.status(), p.revision(), p.policyVersion(), p.ruleName(), auto, stageViews, decided,
                p.createdAt(), p.completedAt());
    }
}
