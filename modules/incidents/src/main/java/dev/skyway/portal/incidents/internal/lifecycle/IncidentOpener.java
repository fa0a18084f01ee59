package dev.skyway.portal.incidents.internal.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import dev.skyway.portal.incidents.Incident;
import dev.skyway.portal.incidents.IncidentChanged;
import dev.skyway.portal.incidents.IncidentStatus;
import dev.skyway.portal.incidents.IncidentTimestamps;
import dev.skyway.portal.incidents.Participant;
import dev.skyway.portal.incidents.Severity;
import dev.skyway.portal.platform.audit.AuditLedger;
import dev.skyway.portal.platform.audit.AuditRecord;

/**
 * The one way an incident comes to be, whether a person declares it or a routing rule opens it for an alert: it gets
 * its number, starts TRIGGERED (or ACKNOWLEDGED when its declarer is on it already), and its timeline and the audit
 * ledger tell who opened it. Runs in the caller's transaction.
 */
@Component
public class IncidentOpener {

    private final IncidentStore incidents;
    private final TimelineStore timeline;
    private final AuditLedger audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IncidentOpener(IncidentStore incidents, TimelineStore timeline, AuditLedger audit, ApplicationEventPublisher events,
                   Clock clock) {
        this.incidents = incidents;
        this.timeline = timeline;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param commander       null when nobody runs it yet (an incident an alert opened)
     * @param start           TRIGGERED or ACKNOWLEDGED
     * @param impactStartedAt when impact began, if known (else when detected)
     * @param how             the timeline's first line, e.g. "Declared by Ada"
     */
    public record Opening(String title, @Nullable String summary, Severity severity, List<String> accountIds,
                          IncidentStatus start, Incident.Source source, Participant declaredBy,
                          @Nullable Participant commander, Instant detectedAt, @Nullable Instant impactStartedAt,
                          String how) {
    }

    public Incident open(Opening opening) {
        Instant now = clock.instant();
        Incident incident = new Incident(UUID.randomUUID(), incidents.nextNumber(), opening.title(),
                opening.summary(), IncidentStatus.TRIGGERED, opening.severity(), opening.source(), false,
                opening.accountIds(), opening.declaredBy(), opening.commander(),
                IncidentTimestamps.detected(opening.detectedAt(), opening.impactStartedAt()), 1);
        if (opening.start() != IncidentStatus.TRIGGERED) {
            incident = incident.moveTo(opening.start(), now);
        }
        incidents.insert(incident, now);
        timeline.append(incident.id(), now, "DECLARED", opening.declaredBy(), incident.reference() + " "
                + opening.how() + " (" + incident.severity() + ")", opening.summary(), null);
        if (opening.commander() != null) {
            timeline.append(incident.id(), now, "ROLE", opening.declaredBy(), opening.commander().name()
                    + " is commander", null, null);
        }
        if (incident.status() != IncidentStatus.TRIGGERED) {
            timeline.append(incident.id(), now, "STATUS", opening.declaredBy(), "Status: " + incident.status(),
                    null, null);
        }
        audit.append(AuditRecord.of("incidents.incident-opened", "incident", incident.id().toString(), Map.of(
                "number", incident.number(), "severity", incident.severity().name(), "source",
                incident.source().name(), "accounts", String.join(",", incident.accountIds()))));
        events.publishEvent(new IncidentChanged(incident.id()));
        return incident;
    }
}
