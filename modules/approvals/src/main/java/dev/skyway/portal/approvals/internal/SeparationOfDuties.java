package dev.skyway.portal.approvals.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.skyway.portal.approvals.ApprovalDecision;
import dev.skyway.portal.approvals.ApprovalRefusedException;
import dev.skyway.portal.approvals.DecisionOutcome;
import dev.skyway.portal.approvals.internal.Rows.Approver;
import dev.skyway.portal.approvals.internal.Rows.ProcessRow;
import dev.skyway.portal.approvals.internal.Rows.StageRow;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.platform.identity.UserKey;

/**
 * Who may decide a stage, and the separation-of-duties rules every decision passes (UI, API and forged calls
 * alike): the requester never decides their own subject, not even through a delegate; one person approves at most
 * one stage of a subject (counting approvals made on their behalf); nobody decides the same stage twice. "Person"
 * always means an identity key (issuer and subject): two logins with one username are two people, a renamed user
 * is still the same one.
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
     * The approver {@code actor} stands for on this stage: absent when asked directly, else the delegator.
     *
     * @throws ApprovalRefusedException when the actor is asked neither directly nor through an active delegation
     */
    Delegations.@Nullable Active onBehalfOf(StageRow stage, PortalUser actor) {
        List<Approver> approvers = stages.approvers(stage.id());
        if (asks(approvers, actor.key(), roleNames(actor))) {
            return null;
        }
        return delegations.activeFor(actor.key(), clock.instant()).stream()
                .filter(d -> asksPersonally(approvers, d.delegator()))
                .findFirst()
                .orElseThrow(() -> new ApprovalRefusedException(
                        "You have no open task here: stage '" + stage.name() + "' does not ask you"));
    }

    /**
     * @param onBehalfOf the delegator the actor stands in for; absent when the actor is asked directly
     * @param decided    the decisions of the process's current revision
     * @throws ApprovalRefusedException naming the rule the decision breaks
     */
    void check(ProcessRow process, StageRow stage, PortalUser actor, Delegations.@Nullable Active onBehalfOf,
               DecisionOutcome outcome, List<ApprovalDecision> decided) {
        UserKey requester = process.requester().key();
        if (actor.isSamePerson(requester)) {
            throw new ApprovalRefusedException("Separation of duties: you requested this " + process.subject().type()
                    + ", so you cannot decide on it (not even as someone's delegate)");
        }
        if (onBehalfOf != null && requester.equals(onBehalfOf.delegator())) {
            throw new ApprovalRefusedException("Separation of duties: " + onBehalfOf.delegatorUsername()
                    + " requested this, so nobody can decide on it on their behalf");
        }
        Set<UserKey> deciding = onBehalfOf == null ? Set.of(actor.key()) : Set.of(actor.key(), onBehalfOf.delegator());
        for (ApprovalDecision d : decided) {
            boolean sameStage = d.taskId().equals(stage.id());
            boolean samePeople = people(d).anyMatch(deciding::contains);
            if (sameStage && samePeople) {
                throw new ApprovalRefusedException("You (or the approver you stand in for) already decided stage '"
                        + stage.name() + "'");
            }
            if (!sameStage && samePeople && outcome == DecisionOutcome.APPROVED
                    && d.outcome() == DecisionOutcome.APPROVED) {
                throw new ApprovalRefusedException("Separation of duties: " + d.actorLabel() + " already approved"
                        + " stage '" + d.stage() + "' of this subject; another person must approve stage '"
                        + stage.name() + "'");
            }
        }
    }

    /** Whether the stage asks {@code person} directly: by key, or through one of their own roles. */
    static boolean asks(List<Approver> approvers, UserKey person, Set<String> roles) {
        return approvers.stream().anyMatch(a -> a.names(person)
                || a.kind().equals(Approver.ROLE) && roles.contains(a.value()));
    }

    /**
     * Whether the stage names {@code delegator} personally (by policy or as team lead): the only stages a delegate
     * may decide for them. Role stages are not the delegator's own tasks, and a delegate never acts with the
     * delegator's roles.
     */
    static boolean asksPersonally(List<Approver> approvers, UserKey delegator) {
        return approvers.stream().anyMatch(a -> a.names(delegator));
    }

    static Set<String> roleNames(PortalUser user) {
        return user.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    }

    private static Stream<UserKey> people(ApprovalDecision d) {
        return d.onBehalfOfKey() == null ? Stream.of(d.actorKey()) : Stream.of(d.actorKey(), d.onBehalfOfKey());
    }
}
