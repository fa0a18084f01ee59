package dev.skyway.portal.incidents.internal.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.skyway.portal.incidents.Incident;
import dev.skyway.portal.incidents.IncidentConflictException;
import dev.skyway.portal.incidents.IncidentEdit;
import dev.skyway.portal.incidents.IncidentRole;
import dev.skyway.portal.incidents.IncidentsValidationException;
import dev.skyway.portal.incidents.Participant;
import dev.skyway.portal.incidents.Severity;
import dev.skyway.portal.platform.audit.AuditLedger;
import dev.skyway.portal.platform.audit.AuditRecord;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.UserKey;

/**
 * Everything done to a running incident besides moving it through its lifecycle: roles, notes and corrections of
 * its severity and impact start, each on the timeline. Runs in the caller's transaction.
 */
@Component
public class IncidentEditor {

    static final int MAX_NOTE = 4000;

    private final IncidentStore incidents;
    private final RoleStore roles;
    private final TimelineStore timeline;
    private final AuditLedger audit;
    private final Clock clock;

    IncidentEditor(IncidentStore incidents, RoleStore roles, TimelineStore timeline, AuditLedger audit, Clock clock) {
        this.incidents = incidents;
        this.roles = roles;
        this.timeline = timeline;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param user who takes the role: {@code issuer#subject} or a demo user's username
     * @param name how they are shown (default: the user's reference, or the actor's name when it is the actor)
     */
    public void assignRole(UUID id, @Nullable String role, @Nullable String user, @Nullable String name,
                           PortalUser actor) {
        Map<String, String> problems = new LinkedHashMap<>();
        IncidentRole parsed = IncidentRole.parse(role).orElse(null);
        if (parsed == null) {
            problems.put("role", "must be one of COMMANDER, SCRIBE, COMMUNICATIONS");
        }
        UserKey key = null;
        try {
            key = UserKey.ofReference(user);
        } catch (IllegalArgumentException e) {
            problems.put("user", "must be issuer#subject or a username");
        }
        if (name != null && name.strip().length() > 255) {
            problems.put("name", "must have at most 255 characters");
        }
        if (!problems.isEmpty()) {
            throw new IncidentsValidationException(problems);
        }
        Incident incident = existing(id);
        CommandRule.check(incident, actor, "assign its roles");
        Participant person = new Participant(key, key.equals(actor.key()) ? actor.name()
                : name == null || name.isBlank() ? key.reference() : name.strip());
        Instant now = clock.instant();
        roles.assign(id, parsed, person, actor.key(), now);
        timeline.append(id, now, "ROLE", Participant.of(actor), person.name() + " is " + parsed.label().toLowerCase(
                java.util.Locale.ROOT), null, null);
        audit.append(AuditRecord.of("incidents.role-assigned", "incident", id.toString(),
                Map.of("role", parsed.name(), "user", key.canonical())));
    }

    /**
     * Takes a role from whoever holds it; the commander role cannot be left empty (it is handed over instead).
     *
     * @throws IncidentsValidationException naming the role's problem
     * @throws NoSuchElementException       when there is no such incident or nobody holds the role
     */
    public void removeRole(UUID id, @Nullable String role, PortalUser actor) {
        IncidentRole parsed = IncidentRole.parse(role).orElseThrow(() -> new IncidentsValidationException(
                Map.of("role", "must be one of COMMANDER, SCRIBE, COMMUNICATIONS")));
        if (parsed == IncidentRole.COMMANDER) {
            throw new IncidentsValidationException(Map.of("role", "the commander role cannot be left empty: give it"
                    + " to someone else instead"));
        }
        Incident incident = existing(id);
        CommandRule.check(incident, actor, "remove its roles");
        Participant removed = roles.remove(id, parsed).orElseThrow(() -> new NoSuchElementException("Nobody is "
                + parsed.label().toLowerCase(java.util.Locale.ROOT) + " of " + incident.reference()));
        timeline.append(id, clock.instant(), "ROLE", Participant.of(actor), removed.name() + " is no longer "
                + parsed.label().toLowerCase(java.util.Locale.ROOT), null, null);
        audit.append(AuditRecord.of("incidents.role-removed", "incident", id.toString(),
                Map.of("role", parsed.name(), "user", removed.key().canonical())));
    }

    public void addNote(UUID id, @Nullable String text, PortalUser actor) {
        String note = text == null ? "" : text.strip();
        if (note.isEmpty() || note.length() > MAX_NOTE) {
            throw new IncidentsValidationException(Map.of("text", "must have 1 to " + MAX_NOTE + " characters"));
        }
        existing(id);
        String title = note.lines().findFirst().orElse(note);
        timeline.append(id, clock.instant(), "NOTE", Participant.of(actor), title.length() > 200
                ? title.substring(0, 199) + "…" : title, note, null);
    }

    /**
     * @throws IncidentsValidationException naming each field's problem
     * @throws IncidentConflictException    when the incident changed meanwhile
     */
    public void correct(UUID id, IncidentEdit edit, PortalUser actor) {
        Incident incident = existing(id);
        Instant now = clock.instant();
        Map<String, String> problems = new LinkedHashMap<>();
        Severity severity = incident.severity();
        if (edit.severity() != null) {
            severity = Severity.parse(edit.severity()).orElse(null);
            if (severity == null) {
                problems.put("severity", "must be one of SEV1, SEV2, SEV3, SEV4");
            }
        }
        Instant started = edit.startedAt() == null ? incident.timestamps().impactStartedAt() : edit.startedAt();
        if (started.isAfter(now)) {
            problems.put("startedAt", "must not be in the future");
        } else if (started.isAfter(incident.timestamps().detectedAt())) {
            problems.put("startedAt", "must not be after the incident was detected");
        }
        if (edit.severity() == null && edit.startedAt() == null) {
            problems.put("body", "give startedAt or severity");
        }
        if (!problems.isEmpty()) {
            throw new IncidentsValidationException(problems);
        }
        CommandRule.check(incident, actor, "correct it");
        if (!incidents.correct(id, incident.version(), severity, started, now)) {
            throw new IncidentConflictException(incident.reference() + " was changed meanwhile; read it again");
        }
        Participant who = Participant.of(actor);
        if (severity != incident.severity()) {
            timeline.append(id, now, "SEVERITY", who, "Severity: " + incident.severity() + " → " + severity, null,
                    null);
        }
        if (!started.equals(incident.timestamps().impactStartedAt())) {
            timeline.append(id, now, "IMPACT", who, "Impact started: " + incident.timestamps().impactStartedAt()
                    + " → " + started, null, null);
        }
        audit.append(AuditRecord.of("incidents.incident-corrected", "incident", id.toString(),
                Map.of("severity", severity.name(), "impactStartedAt", started.toString())));
    }

    private Incident existing(UUID id) {
        return incidents.find(id).orElseThrow(() -> new NoSuchElementException("No incident " + id));
    }
}
