package dev.skyway.portal.incidents;

import java.time.Instant;

/** Who holds a role in an incident, since when. */
public record RoleAssignment(IncidentRole role, Participant person, Instant assignedAt) {
}
