package dev.skyway.portal.incidents;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The typed timestamps an incident is measured by: impact started (editable; MTTD runs from it), detected (MTTA runs
 * from it), acknowledged, mitigated, resolved and closed.
 */
public record IncidentTimestamps(Instant impactStartedAt, Instant detectedAt, @Nullable Instant acknowledgedAt,
                                 @Nullable Instant mitigatedAt, @Nullable Instant resolvedAt,
                                 @Nullable Instant closedAt) {

    /** A new incident: impact started when given (else when detected), nothing else yet. */
    public static IncidentTimestamps detected(Instant detectedAt, @Nullable Instant impactStartedAt) {
        return new IncidentTimestamps(impactStartedAt == null ? detectedAt : impactStartedAt, detectedAt, null, null,
                null, null);
    }

    /** The same with every step up to {@code status} that has no time yet reached at {@code at}. */
    IncidentTimestamps reached(IncidentStatus status, Instant at) {
        return new IncidentTimestamps(impactStartedAt, detectedAt,
                stamp(acknowledgedAt, status, IncidentStatus.ACKNOWLEDGED, at),
                stamp(mitigatedAt, status, IncidentStatus.MITIGATED, at),
                stamp(resolvedAt, status, IncidentStatus.RESOLVED, at),
                stamp(closedAt, status, IncidentStatus.CLOSED, at));
    }

    private static @Nullable Instant stamp(@Nullable Instant current, IncidentStatus reached, IncidentStatus step,
                                           Instant at) {
        return current == null && reached.compareTo(step) >= 0 ? at : current;
    }
}
