package dev.skyway.portal.incidents.internal.lifecycle;

import static dev.skyway.schema.incidents.Tables.INCIDENT_ROLE;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.incidents.IncidentRole;
import dev.skyway.portal.incidents.Participant;
import dev.skyway.portal.incidents.RoleAssignment;
import dev.skyway.portal.platform.identity.UserKey;

/** Who holds which role in an incident ({@code incidents.incident_role}): one person per role. */
@Repository
public class RoleStore {

    private final DSLContext db;

    RoleStore(DSLContext db) {
        this.db = db;
    }

    /** In the order of {@link IncidentRole}. */
    public List<RoleAssignment> of(UUID incidentId) {
        return db.selectFrom(INCIDENT_ROLE).where(INCIDENT_ROLE.INCIDENT_ID.eq(incidentId))
                .fetch(r -> new RoleAssignment(IncidentRole.valueOf(r.getRole()),
                        new Participant(UserKey.parse(r.getUserKey()), r.getUserName()), r.getAssignedAt().toInstant()))
                .stream().sorted(Comparator.comparing(RoleAssignment::role)).toList();
    }

    /** Gives the role to {@code person}, taking it from whoever held it. */
    public void assign(UUID incidentId, IncidentRole role, Participant person, UserKey assignedBy, Instant at) {
        db.deleteFrom(INCIDENT_ROLE).where(INCIDENT_ROLE.INCIDENT_ID.eq(incidentId)
                .and(INCIDENT_ROLE.ROLE.eq(role.name()))).execute();
        db.insertInto(INCIDENT_ROLE).set(INCIDENT_ROLE.INCIDENT_ID, incidentId).set(INCIDENT_ROLE.ROLE, role.name())
                .set(INCIDENT_ROLE.USER_KEY, person.key().canonical()).set(INCIDENT_ROLE.USER_NAME, person.name())
                .set(INCIDENT_ROLE.ASSIGNED_BY_KEY, assignedBy.canonical())
                .set(INCIDENT_ROLE.ASSIGNED_AT, IncidentStore.utc(at)).execute();
    }

    /** @return who held the role, when someone did */
    public Optional<Participant> remove(UUID incidentId, IncidentRole role) {
        Optional<Participant> held = db.selectFrom(INCIDENT_ROLE).where(INCIDENT_ROLE.INCIDENT_ID.eq(incidentId)
                        .and(INCIDENT_ROLE.ROLE.eq(role.name())))
                .fetchOptional(r -> new Participant(UserKey.parse(r.getUserKey()), r.getUserName()));
        held.ifPresent(p -> db.deleteFrom(INCIDENT_ROLE).where(INCIDENT_ROLE.INCIDENT_ID.eq(incidentId)
                .and(INCIDENT_ROLE.ROLE.eq(role.name()))).execute());
        return held;
    }
}
