package dev.skyway.portal.approvals.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import dev.skyway.portal.approvals.ApprovalMode;
import dev.skyway.portal.approvals.ApprovalRequested;
import dev.skyway.portal.approvals.RoutePreview;
import dev.skyway.portal.approvals.StageStatus;
import dev.skyway.portal.approvals.SubjectAttributes;
import dev.skyway.portal.approvals.TeamDirectory;
import dev.skyway.portal.approvals.internal.Rows.Approver;
import dev.skyway.portal.approvals.internal.Rows.ProcessRow;
import dev.skyway.portal.approvals.internal.Rows.StageRow;
import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.identity.UserKey;

/**
 * Turns a rule's stage specs into stages with concrete approvers (team leads resolved through the
 * {@link TeamDirectory}), and opens stages. A stage that would name nobody asks its escalation role instead.
 */
@Component
class StageFactory {

    private final Stages stages;
    private final Freezes freezes;
    private final TeamDirectory teams;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StageFactory(Stages stages, Freezes freezes, TeamDirectory teams, ApplicationEventPublisher events, Clock clock) {
        this.stages = stages;
        this.freezes = freezes;
        this.teams = teams;
        this.events = events;
        this.clock = clock;
    }

    /** The concrete approvers of a stage spec for a subject, and how many approvals it needs. */
    record Resolved(List<Approver> approvers, ApprovalMode mode, int required) {
    }

    Resolved resolve(Policy.StageSpec spec, SubjectAttributes subject) {
        Set<Approver> approvers = new LinkedHashSet<>();
        if (spec.role() != null) {
            approvers.add(Approver.role(spec.role(), false));
        }
        spec.users().forEach(u -> approvers.add(Approver.user(UserKey.ofReference(u))));
        if (spec.teamLead()) {
            teams.leadsOf(subject.team()).forEach(u -> approvers.add(Approver.user(UserKey.ofReference(u))));
        }
        long users = approvers.stream().filter(a -> a.kind().equals(Approver.USER)).count();
        if (approvers.isEmpty() || (spec.mode() == ApprovalMode.ALL && users == 0)) {
            return new Resolved(List.of(Approver.role(spec.escalateTo(), true)), ApprovalMode.ANY, 1);
        }
        int required = switch (spec.mode()) {
            case ANY -> 1;
            case ALL -> (int) users;
            case N_OF_M -> (int) Math.min(spec.required(), users);
        };
        return new Resolved(List.copyOf(approvers), spec.mode(), required);
    }

    /** Creates the (waiting) stages of a process revision and opens the first. */
    void createAndOpenFirst(ProcessRow process, List<Policy.StageSpec> specs, AuditActor actor) {
        List<StageRow> created = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Policy.StageSpec spec = specs.get(i);
            Resolved resolved = resolve(spec, process.attributes());
            StageRow row = new StageRow(UUID.randomUUID(), process.id(), process.revision(), i, spec.name(),
                    resolved.mode(), resolved.required(), StageStatus.WAITING, spec.hold(), spec.sla(),
                    spec.escalateTo(), null, null, null, null, null, null);
            stages.insert(row, resolved.approvers());
            created.add(row);
        }
        open(process, created.getFirst(), actor);
    }

    /**
     * Opens a waiting stage; a held stage waits for release and gets its due time then. A stage the policy does not
     * hold is held when a change freeze holds the subject (its approvers are asked at release).
     */
    void open(ProcessRow process, StageRow stage, AuditActor actor) {
        Instant now = clock.instant();
        if (!stage.held()) {
            Optional<Freezes.Frozen> frozen = freezes.holdFor(process, null);
            if (frozen.isPresent()) {
                stages.hold(stage.id(), now, frozen.get().hold());
                frozen.get().source().held(Freezes.held(process, stage, frozen.get().hold()));
                return;
            }
        }
        Instant due = now.plus(stage.sla());
        stages.open(stage.id(), now, due, stage.held());
        if (!stage.held()) {
            events.publishEvent(new ApprovalRequested(UUID.randomUUID().toString(), process.id(),
                    process.subject().type(), process.subject().id(), process.subject().title(), stage.id(),
                    stage.name(), stages.approvers(stage.id()).stream().map(Approver::label).toList(), due, actor));
        }
    }

    /** Releases a held stage: it opens now, due after its SLA, and its approvers are asked. */
    void release(ProcessRow process, StageRow stage, AuditActor actor) {
        Instant due = clock.instant().plus(stage.sla());
        stages.release(stage.id(), due);
        events.publishEvent(new ApprovalRequested(UUID.randomUUID().toString(), process.id(),
                process.subject().type(), process.subject().id(), process.subject().title(), stage.id(),
                stage.name(), stages.approvers(stage.id()).stream().map(Approver::label).toList(), due, actor));
    }

    /** What a preview shows for one stage spec. */
    RoutePreview.Stage preview(Policy.StageSpec spec, SubjectAttributes subject) {
        Resolved resolved = resolve(spec, subject);
        return new RoutePreview.Stage(spec.name(), resolved.mode(), resolved.required(),
                resolved.approvers().stream().map(Approver::label).toList(), spec.sla(), spec.escalateTo(),
                spec.hold());
    }
}
