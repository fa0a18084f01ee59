package dev.skyway.portal.incidents;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.incidents.internal.lifecycle.IncidentOpener;
import dev.skyway.portal.incidents.internal.lifecycle.IncidentStore;
import dev.skyway.portal.incidents.internal.lifecycle.NewIncidentCheck;
import dev.skyway.portal.incidents.internal.lifecycle.TimelineStore;
import dev.skyway.portal.platform.audit.AuditLedger;
import dev.skyway.portal.platform.audit.AuditRecord;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;

/**
 * Incidents for everyone signed in: anyone may declare one (and is its first commander) and read them; the
 * commander moves an incident through its lifecycle (a platform admin may too; whoever moves an incident nobody
 * commands yet takes command).
 */
@Service
public class Incidents {

    static final String SIGNED_IN = "hasAnyRole('ENGINEER', 'APPROVER', 'FINANCE', 'SECURITY', 'PLATFORM_ADMIN')";

    private final IncidentStore store;
    private final TimelineStore timeline;
    private final IncidentOpener opener;
    private final CurrentUser currentUser;
    private final AuditLedger audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Incidents(IncidentStore store, TimelineStore timeline, IncidentOpener opener, CurrentUser currentUser,
              AuditLedger audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.timeline = timeline;
        this.opener = opener;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** @throws IncidentsValidationException naming each field's problem; nothing is stored then */
    @PreAuthorize(SIGNED_IN)
    @Transactional
    public Incident declare(NewIncident declared) {
        Instant now = clock.instant();
        NewIncidentCheck.Checked checked = NewIncidentCheck.check(declared, now);
        Participant declarer = Participant.of(currentUser.get());
        return opener.open(new IncidentOpener.Opening(checked.title(), checked.summary(), checked.severity(),
                checked.accountIds(), checked.start(), Incident.Source.DECLARED, declarer, declarer, now,
                checked.impactStartedAt(), "declared by " + declarer.name()));
    }

    @PreAuthorize(SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<Incident> find(UUID id) {
        return store.find(id);
    }

    /**
     * @param to the status to move to, e.g. {@code MITIGATED}
     * @throws NoSuchElementException        when there is no such incident
     * @throws IncidentsValidationException  when {@code to} is not a status
     * @throws IncidentTransitionException   when the lifecycle does not allow the move
     * @throws AccessDeniedException         when someone else commands the incident
     * @throws IncidentConflictException     when the incident changed meanwhile
     */
    @PreAuthorize(SIGNED_IN)
    @Transactional
    public Incident transition(UUID id, @Nullable String to) {
        IncidentStatus target = status(to);
        Incident incident = store.find(id).orElseThrow(() -> new NoSuchElementException("No incident " + id));
        PortalUser user = currentUser.get();
        Participant actor = Participant.of(user);
        boolean takesCommand = incident.commander() == null;
        if (!takesCommand && !incident.commander().key().equals(user.key())
                && !user.roles().contains(Role.PLATFORM_ADMIN)) {
            throw new AccessDeniedException(incident.reference() + " is commanded by " + incident.commander().name()
                    + ": only they (or a platform admin) move it");
        }
        Instant now = clock.instant();
        Incident moved = incident.moveTo(target, now);
        if (takesCommand) {
            moved = moved.commandedBy(actor);
        }
        if (!store.update(moved, incident.version(), user.key(), now)) {
            throw new IncidentConflictException(incident.reference() + " was changed meanwhile; read it again");
        }
        if (takesCommand) {
            timeline.append(id, now, "ROLE", actor, actor.name() + " took command", null, null);
        }
        timeline.append(id, now, "STATUS", actor, "Status: " + incident.status() + " → " + target, null, null);
        audit.append(AuditRecord.of("incidents.incident-transitioned", "incident", id.toString(),
                Map.of("from", incident.status().name(), "to", target.name())));
        events.publishEvent(new IncidentChanged(id));
        return store.find(id).orElseThrow();
    }

    /**
     * Oldest first.
     *
     * @throws NoSuchElementException when there is no such incident
     */
    @PreAuthorize(SIGNED_IN)
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(UUID id) {
        if (store.find(id).isEmpty()) {
            throw new NoSuchElementException("No incident " + id);
        }
        return timeline.of(id);
    }

    private static IncidentStatus status(@Nullable String to) {
        try {
            return IncidentStatus.valueOf(to == null ? "" : to.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IncidentsValidationException(Map.of("to",
                    "must be one of ACKNOWLEDGED, MITIGATED, RESOLVED, CLOSED"));
        }
    }
}
