package dev.skyway.portal.incidents.internal.metrics;

import dev.skyway.portal.incidents.IncidentTimestamps;
import dev.skyway.portal.incidents.Severity;

/** What the metrics need of one incident. @param team the team it counts for ("Unassigned" when none) */
public record MeasuredIncident(Severity severity, String team, IncidentTimestamps timestamps) {
}
