package dev.skyway.portal.incidents;

import java.time.Duration;
import java.time.Instant;


/**
 * When the portal's changes may explain an incident: from 72 hours before impact started until it was resolved, or
 * until now while it is open (a change made during the incident, such as a rollback, belongs to its story too).
 *
 * @param to exclusive
 */
public record ChangeWindow(Instant from, Instant to) {

    public static final Duration BEFORE_IMPACT = Duration.ofHours(72);

    public static ChangeWindow of(Incident incident, Instant now) {
        Instant started = incident.timestamps().impactStartedAt();
        Instant resolved = incident.timestamps().resolvedAt();
        Instant end = resolved != null && !incident.status().open() ? resolved : now;
        Instant from = started.minus(BEFORE_IMPACT);
        // a change at the very moment of resolution (or of the request) still counts: the end is exclusive
        Instant to = end.plusSeconds(1);
        return new ChangeWindow(from, to.isAfter(from) ? to : from.plusSeconds(1));
    }
}
