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

import dev.skyway.portal.incidents.internal.intake.AlertStore;
import dev.skyway.portal.incidents.internal.lifecycle.IncidentEditor;
import dev.skyway.portal.incidents.internal.lifecycle.IncidentOpener;
import dev.skyway.portal.incidents.internal.lifecycle.IncidentQuery;
import dev.skyway.portal.incidents.internal.lifecycle.IncidentStore;
import dev.skyway.portal.incidents.internal.lifecycle.NewIncidentCheck;
import dev.skyway.portal.incidents.internal.lifecycle.RoleStore;
import dev.skyway.portal.incidents.internal.lifecycle.TimelineStore;
import dev.skyway.portal.platform.audit.AuditLedger;
import dev.skyway.portal.platform.audit.AuditRecord;
import dev.skyway.portal.platform.changes.AccountChange;
import dev.skyway.portal.platform.changes.AccountChanges;
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
    public static final int MAX_LIMIT = 500;
    static final int MAX_CHANGES = 200;

    private final IncidentStore store;
    private final TimelineStore timeline;
    private final IncidentOpener opener;
    private final CurrentUser currentUser;
    private final AuditLedger audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final IncidentEditor editor;
    private final RoleStore roles;
    private final AlertStore alerts;
    private final AccountChanges accountChanges;

    Incidents(IncidentStore store, TimelineStore timeline, IncidentOpener opener, CurrentUser currentUser,
              AuditLedger audit, ApplicationEventPublisher events, Clock clock, IncidentEditor editor,
              RoleStore roles, AlertStore alerts, AccountChanges accountChanges) {
        this.store = store;
        this.timeline = timeline;
        this.opener = opener;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.editor = editor;
        this.roles = roles;
        this.alerts = alerts;
        this.accountChanges = accountChanges;
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

    /**
     * Declares an incident for an alert nobody has taken up yet: the alert is attached to it and on its timeline.
     *
     * @throws IncidentsValidationException naming each field's problem, {@code alertId} when the alert belongs to an
     *                                      incident already
     * @throws NoSuchElementException       when there is no such alert
     */
    @PreAuthorize(SIGNED_IN)
    @Transactional
    public Incident declareForAlert(UUID alertId, NewIncident declared) {
        Alert alert = alerts.find(alertId).orElseThrow(() -> new NoSuchElementException("No alert " + alertId));
        if (alert.incidentId() != null) {
            throw new IncidentsValidationException(Map.of("alertId", "belongs to an incident already"));
        }
        Incident incident = declare(declared);
        alerts.linkIncident(alertId, incident.id());
        timeline.append(incident.id(), clock.instant(), "ALERT", Participant.of(currentUser.get()),
                "Alert: " + alert.summary(), alert.source(), new TimelineStore.Ref("alert", alertId.toString(),
                        "/incidents/alerts?alert=" + alertId));
        return incident;
    }

    /**
     * @param limit 1 to {@value #MAX_LIMIT}
     * @throws IncidentsValidationException naming each parameter's problem
     */
    @PreAuthorize(SIGNED_IN)
    @Transactional(readOnly = true)
    public IncidentPage list(IncidentFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new IncidentsValidationException(offset < 0 ? Map.of("offset", "must be 0 or more")
                    : Map.of("limit", "must be 1 to " + MAX_LIMIT));
        }
        IncidentQuery query = IncidentQuery.of(filter);
        return new IncidentPage(store.count(query), store.list(query, offset, limit));
    }

    /** @throws NoSuchElementException when there is no such incident */
    @PreAuthorize(SIGNED_IN)
    @Transactional(readOnly = true)
    public List<RoleAssignment> roles(UUID id) {
        existing(id);
        return roles.of(id);
    }

    /**
     * Gives a role to someone (the commander role hands over command).
     *
     * @param user {@code issuer#subject} or a demo user's username
     * @param name how they are shown; default: their reference (or the caller's name when it is the caller)
     * @throws IncidentsValidationException naming each field's problem
     * @throws AccessDeniedException        when someone else commands the incident
     */
    @PreAuthorize(SIGNED_IN)
    @Transactional
    public List<RoleAssignment> assignRole(UUID id, @Nullable String role, @Nullable String user,
                                           @Nullable String name) {
        editor.assignRole(id, role, user, name, currentUser.get());
        return roles.of(id);
    }

    /**
     * Takes a role (scribe or communications) from whoever holds it; the commander role is handed over, never
     * emptied.
     *
     * @throws IncidentsValidationException naming the role's problem (also when it is the commander role)
     * @throws NoSuchElementException       when there is no such incident or nobody holds the role
     * @throws AccessDeniedException        when someone else commands the incident
     */
    @PreAuthorize(SIGNED_IN)
    @Transactional
    public List<RoleAssignment> removeRole(UUID id, @Nullable String role) {
        editor.removeRole(id, role, currentUser.get());
        return roles.of(id);
    }

    /** Anyone signed in may add a note to the timeline; returns the new entry. */
    @PreAuthorize(SIGNED_IN)
    @Transactional
    public TimelineEntry addNote(UUID id, @Nullable String text) {
        editor.addNote(id, text, currentUser.get());
        List<TimelineEntry> entries = timeline.of(id);
        return entries.get(entries.size() - 1);
    }

    /**
     * Corrects the severity or when impact started; both are on the timeline.
     *
     * @throws IncidentsValidationException naming each field's problem
     * @throws AccessDeniedException        when someone else commands the incident
     * @throws IncidentConflictException    when the incident changed meanwhile
     */
    @PreAuthorize(SIGNED_IN)
    @Transactional
    public Incident edit(UUID id, IncidentEdit edit) {
        editor.correct(id, edit, currentUser.get());
        // a severity change may start a change freeze (to SEV1/SEV2) or end one (to SEV3/SEV4)
        events.publishEvent(new IncidentChanged(id));
        return existing(id);
    }

    /** The window {@link #changes} reads, for people to see what it covers. */
    @PreAuthorize(SIGNED_IN)
    public ChangeWindow changeWindow(Incident incident) {
        return ChangeWindow.of(incident, clock.instant());
    }

    /**
     * What the portal changed on the affected accounts from 72 hours before impact started until the incident was
     * resolved (or now), newest first; empty when it affects no account.
     */
    @PreAuthorize(SIGNED_IN)
    @Transactional(readOnly = true)
    public List<AccountChange> changes(UUID id) {
        Incident incident = existing(id);
        if (incident.accountIds().isEmpty()) {
            return List.of();
        }
        ChangeWindow window = ChangeWindow.of(incident, clock.instant());
        return accountChanges.on(incident.accountIds(), window.from(), window.to(), MAX_CHANGES);
    }

    /** The alerts attached to the incident, oldest first. */
    @PreAuthorize(SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Alert> alerts(UUID id) {
        existing(id);
        return alerts.ofIncident(id);
    }

    private Incident existing(UUID id) {
        return store.find(id).orElseThrow(() -> new NoSuchElementException("No incident " + id));
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
