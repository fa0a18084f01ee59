package dev.skyway.portal.approvals.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.skyway.portal.approvals.ApprovalDecision;
import dev.skyway.portal.approvals.ApprovalRefusedException;
import dev.skyway.portal.approvals.DecisionOutcome;
import dev.skyway.portal.approvals.internal.Rows.Approver;
import dev.skyway.portal.approvals.internal.Rows.ProcessRow;
import dev.skyway.portal.approvals.internal.Rows.StageRow;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;

/**
 * Who may decide a stage, and the separation-of-duties rules every decision passes (UI, API and forged calls
 * alike): the requester never decides their own subject, not even through a delegate; one person approves at most
 * one stage of a subject (counting approvals made on their behalf); nobody decides the same stage twice.
 */
@Component
class SeparationOfDuties {

    private final Stages stages;
    private final Delegations delegations;
    private final Clock clock;

    SeparationOfDuties(Stages stages, Delegations delegations, Clock clock) {
        this.stages = stages;
        this.delegations = delegations;
        this.clock = clock;
    }

    /**
     * The approver {@code actor} stands for on this stage: null when asked directly, else the delegator.
     *
     * @throws ApprovalRefusedException when the actor is asked neither directly nor through an active delegation
     */
    String onBehalfOf(StageRow stage, PortalUser actor) {
        List<Approver> approvers = stages.approvers(stage.id());
        if (asks(approvers, actor.username(), roleNames(actor))) {
            return null;
        }
        return delegations.activeFor(actor.username(), clock.instant()).stream()
                .filter(d -> asks(approvers, d.delegator(), d.delegatorRoles()))
                .map(Delegations.Active::delegator)
                .findFirst()
                .orElseThrow(() -> new ApprovalRefusedException(
                        "You have no open task here: stage '" + stage.name() + "' does not ask you"));
    }

    /**
     * @param decided the decisions of the process's current revision
     * @throws ApprovalRefusedException naming the rule the decision breaks
     */
    void check(ProcessRow process, StageRow stage, PortalUser actor, String onBehalfOf, DecisionOutcome outcome,
               List<ApprovalDecision> decided) {
        String requester = process.requester().username();
        if (actor.username().equals(requester)) {
            throw new ApprovalRefusedException("Separation of duties: you requested this " + process.subject().type()
                    + ", so you cannot decide on it (not even as someone's delegate)");
        }
        if (requester.equals(onBehalfOf)) {
            throw new ApprovalRefusedException("Separation of duties: " + requester
                    + " requested this, so nobody can decide on it on their behalf");
        }
        for (ApprovalDecision d : decided) {
            boolean sameStage = d.taskId().equals(stage.id());
            Set<String> people = people(d);
            if (sameStage && (people.contains(actor.username()) || onBehalfOf != null && people.contains(onBehalfOf))) {
                throw new ApprovalRefusedException("You (or the approver you stand in for) already decided stage '"
                        + stage.name() + "'");
            }
            if (!sameStage && outcome == DecisionOutcome.APPROVED && d.outcome() == DecisionOutcome.APPROVED
                    && (people.contains(actor.username()) || onBehalfOf != null && people.contains(onBehalfOf))) {
                throw new ApprovalRefusedException("Separation of duties: " + d.actorLabel() + " already approved"
                        + " stage '" + d.stage() + "' of this subject; another person must approve stage '"
                        + stage.name() + "'");
            }
        }
    }

    static boolean asks(List<Approver> approvers, String username, Set<String> roles) {
        return approvers.stream().anyMatch(a -> a.kind().equals(Approver.USER) ? a.value().equals(username)
                : roles.contains(a.value()));
    }

    static Set<String> roleNames(PortalUser user) {
        return user.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }

    private static Set<String> people(ApprovalDecision d) {
        return d.onBehalfOf() == null ? Set.of(d.actor()) : Set.of(d.actor(), d.onBehalfOf());
    }

}
