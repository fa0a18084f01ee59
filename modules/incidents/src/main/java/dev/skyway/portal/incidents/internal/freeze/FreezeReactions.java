package dev.skyway.portal.incidents.internal.freeze;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.skyway.portal.approvals.Approvals;
import dev.skyway.portal.approvals.HeldStage;
import dev.skyway.portal.incidents.Incident;
import dev.skyway.portal.incidents.IncidentChanged;
import dev.skyway.portal.incidents.internal.lifecycle.IncidentStore;

/**
 * Follows each incident's lifecycle, in the transaction that changed it: a SEV1/SEV2 not yet mitigated holds the
 * open approval stages of changes to its accounts (every account when organization-wide); once it is mitigated,
 * resolved, closed or downgraded, everything it holds is released (unless another incident still freezes it).
 * Reacting to every change is safe: a stage held already is not held again, and nothing held releases nothing.
 */
@Component
class FreezeReactions {

    private final IncidentStore incidents;
    private final Approvals approvals;
    private final HoldRecorder recorder;

    FreezeReactions(IncidentStore incidents, Approvals approvals, HoldRecorder recorder) {
        this.incidents = incidents;
        this.approvals = approvals;
        this.recorder = recorder;
    }

    @EventListener
    void on(IncidentChanged changed) {
        incidents.find(changed.incidentId()).ifPresent(this::apply);
    }

    void apply(Incident incident) {
        if (FreezeRules.freezes(incident)) {
            List<HeldStage> held = new ArrayList<>();
            if (incident.organizationWide()) {
                held.addAll(approvals.holdOpenStages(null, FreezeRules.hold(incident, null)));
            } else {
                for (String account : incident.accountIds()) {
                    held.addAll(approvals.holdOpenStages(account, FreezeRules.hold(incident, account)));
                }
            }
            recorder.held(incident.id(), held);
        } else {
            recorder.releasedWithIncident(incident.id(),
                    approvals.releaseHolds(FreezeRules.KIND, incident.id().toString()));
        }
    }
}
