package dev.skyway.portal.incidents;

import java.time.Instant;
import java.util.UUID;

/**
 * A message to the incident's subscribers about where it stands, as it was sent.
 *
 * @param incidentStatus the incident's status when it was posted
 * @param recipients     how many subscribers it went to
 * @param failures       how many notification channels failed to send it
 */
public record StatusUpdate(UUID id, UUID incidentId, IncidentStatus incidentStatus, String message, String postedBy,
                           Instant postedAt, int recipients, int failures) {
}
