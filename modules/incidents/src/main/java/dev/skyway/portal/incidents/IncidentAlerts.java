package dev.skyway.portal.incidents;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.incidents.internal.intake.AlertStore;
import dev.skyway.portal.incidents.internal.lifecycle.IncidentQuery;
import dev.skyway.portal.incidents.internal.lifecycle.IncidentStore;
import dev.skyway.portal.incidents.internal.lifecycle.TimelineStore;
import dev.skyway.portal.platform.audit.AuditLedger;
import dev.skyway.portal.platform.audit.AuditRecord;
import dev.skyway.portal.platform.identity.CurrentUser;

/**
 * Alerts attached to incidents by people, for the alerts routing rules did not attach (or attached to the wrong
 * incident): anyone signed in, like declaring an incident for an alert. An alert is on one incident at a time.
 */
@Service
public class IncidentAlerts {

    private final IncidentStore incidents;
    private final AlertStore alerts;
    private final TimelineStore timeline;
    private final CurrentUser currentUser;
    private final AuditLedger audit;
    private final Clock clock;

    IncidentAlerts(IncidentStore incidents, AlertStore alerts, TimelineStore timeline, CurrentUser currentUser,
                   AuditLedger audit, Clock clock) {
        this.incidents = incidents;
        this.alerts = alerts;
        this.timeline = timeline;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Attaches the alert to the incident, on its timeline; nothing changes when it is attached there already.
     *
     * @param move whether to take the alert from another open incident it is on (from a resolved or closed one it is
     *             always taken)
     * @return the incident's alerts, oldest first
     * @throws IncidentsValidationException    when {@code alertId} is missing
     * @throws NoSuchElementException          when there is no such incident or alert
     * @throws AlertOnAnotherIncidentException when the alert is on another open incident and {@code move} is not set
     */
    @PreAuthorize(Incidents.SIGNED_IN)
    @Transactional
    public List<Alert> attach(UUID incidentId, @Nullable UUID alertId, boolean move) {
        if (alertId == null) {
            throw new IncidentsValidationException(Map.of("alertId", "must be the id of an alert"));
        }
        Incident incident = incidents.find(incidentId).orElseThrow(() -> new NoSuchElementException(
                "No incident " + incidentId));
        Alert alert = alerts.find(alertId).orElseThrow(() -> new NoSuchElementException("No alert " + alertId));
        if (incidentId.equals(alert.incidentId())) {
            return alerts.ofIncident(incidentId);
        }
        Optional<Incident> previous = alert.incidentId() == null ? Optional.empty() : incidents.find(alert.incidentId());
        if (previous.isPresent() && previous.get().status().open() && !move) {
            throw new AlertOnAnotherIncidentException("The alert is on " + previous.get().reference() + ", which is "
                    + "still open", previous.get().id());
        }
        Participant actor = Participant.of(currentUser.get());
        Instant now = clock.instant();
        alerts.linkIncident(alertId, incidentId);
        TimelineStore.Ref ref = new TimelineStore.Ref("alert", alertId.toString(), "/incidents/alerts?alert="
                + alertId);
        timeline.append(incidentId, now, "ALERT", actor, "Alert attached by " + actor.name() + ": "
                + alert.summary(), alert.source(), ref);
        previous.ifPresent(p -> timeline.append(p.id(), now, "ALERT", actor, "Alert moved to "
                + incident.reference() + ": " + alert.summary(), alert.source(), ref));
        audit.append(AuditRecord.of("incidents.alert-attached", "incident", incidentId.toString(),
                previous.map(p -> Map.of("alertId", alertId.toString(), "from", p.id().toString()))
                        .orElse(Map.of("alertId", alertId.toString()))));
        return alerts.ofIncident(incidentId);
    }

    /** The open incidents an alert may be attached to, newest first (at most {@value Incidents#MAX_LIMIT}). */
    @PreAuthorize(Incidents.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Incident> openIncidents() {
        return incidents.list(IncidentQuery.of(new IncidentFilter("OPEN", null, null, null, "newest")), 0,
                Incidents.MAX_LIMIT);
    }
}
