package dev.skyway.portal.incidents.internal.freeze;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.skyway.portal.approvals.HeldStage;
import dev.skyway.portal.incidents.Participant;
import dev.skyway.portal.incidents.internal.lifecycle.TimelineStore;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.PortalUser;

/** Keeps holds and releases in {@code incidents.hold} and on the incident's timeline. */
@Component
class HoldRecorder {

    static final String TIMELINE_KIND = "HOLD";

    private final HoldStore holds;
    private final TimelineStore timeline;
    private final CurrentUser currentUser;
    private final Clock clock;

    HoldRecorder(HoldStore holds, TimelineStore timeline, CurrentUser currentUser, Clock clock) {
        this.holds = holds;
        this.timeline = timeline;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    void held(UUID incidentId, List<HeldStage> stages) {
        Instant now = clock.instant();
        Participant actor = Participant.of(currentUser.getOrSystem());
        for (HeldStage stage : stages) {
            holds.held(incidentId, stage, now);
            timeline.append(incidentId, now, TIMELINE_KIND, actor, "Held " + stage.subject().title()
                    + " (approval stage " + stage.stageName() + ")", null, ref(stage));
        }
    }

    /** The freeze ended with the incident (mitigated, resolved, downgraded). */
    void releasedWithIncident(UUID incidentId, List<HeldStage> stages) {
        Instant now = clock.instant();
        Participant actor = Participant.of(currentUser.getOrSystem());
        for (HeldStage stage : stages) {
            holds.released(incidentId, stage.subject().type(), stage.subject().id(), HoldStore.RELEASED, now, null,
                    null);
            timeline.append(incidentId, now, TIMELINE_KIND, actor, "Released " + stage.subject().title(), null,
                    ref(stage));
        }
    }

    /** Called before the stage is released, so that the freeze does not hold the subject again. */
    void releasedByCommander(UUID incidentId, HeldStage stage, PortalUser commander, @Nullable String reason) {
        holds.released(incidentId, stage.subject().type(), stage.subject().id(), HoldStore.RELEASED_BY_COMMANDER,
                clock.instant(), commander.key(), reason);
        timeline.append(incidentId, clock.instant(), TIMELINE_KIND, Participant.of(commander), commander.name()
                + " released " + stage.subject().title() + " from the freeze", reason, ref(stage));
    }

    private static TimelineStore.Ref ref(HeldStage stage) {
        return new TimelineStore.Ref(stage.subject().type(), stage.subject().id(),
                FreezeRules.subjectLink(stage.subject().type(), stage.subject().id()));
    }
}
