package dev.skyway.portal.incidents.internal.freeze;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.approvals.Approvals;
import dev.skyway.portal.approvals.HeldStage;
import dev.skyway.portal.incidents.Incident;
import dev.skyway.portal.incidents.IncidentsValidationException;
import dev.skyway.portal.incidents.internal.lifecycle.IncidentStore;
import dev.skyway.portal.platform.audit.AuditLedger;
import dev.skyway.portal.platform.audit.AuditRecord;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;

/**
 * The changes an incident's freeze holds, for everyone signed in, and the commander's release of one of them (a
 * platform admin may too): recorded in the audit ledger and on the timeline, and the freeze never holds that change
 * again.
 */
@Service
public class Holds {

    static final String SIGNED_IN = "hasAnyRole('ENGINEER', 'APPROVER', 'FINANCE', 'SECURITY', 'PLATFORM_ADMIN')";
    static final int MAX_REASON = 2000;

    private final IncidentStore incidents;
    private final HoldStore holds;
    private final HoldRecorder recorder;
    private final Approvals approvals;
    private final CurrentUser currentUser;
    private final AuditLedger audit;

    Holds(IncidentStore incidents, HoldStore holds, HoldRecorder recorder, Approvals approvals,
          CurrentUser currentUser, AuditLedger audit) {
        this.incidents = incidents;
        this.holds = holds;
        this.recorder = recorder;
        this.approvals = approvals;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /**
     * One change the incident holds or held; {@code stageId} is the held approval stage while it is held.
     *
     * @param status {@code HELD}, {@code RELEASED} (with the incident) or {@code RELEASED_BY_COMMANDER}
     */
    public record Hold(String subjectType, String subjectId, String subjectTitle, @Nullable String subjectLink,
                       @Nullable String accountId, String status, @Nullable UUID stageId, Instant heldAt,
                       @Nullable Instant releasedAt, @Nullable String releasedBy, @Nullable String releaseReason) {
    }

    /**
     * Newest first.
     *
     * @throws NoSuchElementException when there is no such incident
     */
    @PreAuthorize(SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Hold> of(UUID incidentId) {
        incident(incidentId);
        Map<String, UUID> heldStages = new HashMap<>();
        approvals.heldStages(FreezeRules.KIND, incidentId.toString())
                .forEach(s -> heldStages.put(s.subject().type() + "/" + s.subject().id(), s.stageId()));
        return holds.of(incidentId).stream().map(h -> new Hold(h.subjectType(), h.subjectId(), h.subjectTitle(),
                FreezeRules.subjectLink(h.subjectType(), h.subjectId()), h.accountId(), h.status(),
                HoldStore.HELD.equals(h.status()) ? heldStages.get(h.subjectType() + "/" + h.subjectId()) : null,
                h.heldAt(), h.releasedAt(), h.releasedBy(), h.releaseReason())).toList();
    }

    /**
     * Lets one held change through the incident's freeze: its approvers are asked now (unless another incident
     * still freezes it).
     *
     * @throws NoSuchElementException       when there is no such incident, or it does not hold stage {@code stageId}
     * @throws AccessDeniedException        when the caller neither commands the incident nor is a platform admin
     * @throws IncidentsValidationException when the reason is too long
     */
    @PreAuthorize(SIGNED_IN)
    @Transactional
    public Hold release(UUID incidentId, UUID stageId, @Nullable String reason) {
        Incident incident = incident(incidentId);
        PortalUser user = currentUser.get();
        boolean commands = incident.commander() != null && incident.commander().key().equals(user.key());
        if (!commands && !user.roles().contains(Role.PLATFORM_ADMIN)) {
            throw new AccessDeniedException("Only the commander of " + incident.reference()
                    + " (or a platform admin) releases the changes it holds");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > MAX_REASON) {
            throw new IncidentsValidationException(Map.of("reason", "must have at most " + MAX_REASON
                    + " characters"));
        }
        HeldStage stage = approvals.heldStages(FreezeRules.KIND, incidentId.toString()).stream()
                .filter(s -> s.stageId().equals(stageId)).findFirst()
                .orElseThrow(() -> new NoSuchElementException(incident.reference() + " holds no approval stage "
                        + stageId));
        recorder.releasedByCommander(incidentId, stage, user, why);
        approvals.releaseHeldStage(stageId, FreezeRules.KIND, incidentId.toString());
        Map<String, Object> details = new HashMap<>(Map.of("incident", incident.reference(), "stageId",
                stageId.toString(), "subjectType", stage.subject().type(), "subjectId", stage.subject().id()));
        if (why != null) {
            details.put("reason", why);
        }
        audit.append(AuditRecord.of("incidents.hold-released", "incident", incidentId.toString(), details));
        return of(incidentId).stream().filter(h -> h.subjectType().equals(stage.subject().type())
                && h.subjectId().equals(stage.subject().id())).findFirst().orElseThrow();
    }

    private Incident incident(UUID id) {
        return incidents.find(id).orElseThrow(() -> new NoSuchElementException("No incident " + id));
    }
}
