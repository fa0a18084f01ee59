package dev.skyway.portal.compliance;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One step of a finding's history.
 *
 * @param kind       {@code NEW}, {@code CHANGED}, {@code RESOLVED} or {@code REOPENED}
 * @param fromStatus absent for {@code NEW}
 */
public record FindingEvent(String kind, @Nullable String fromStatus, String toStatus, Instant occurredAt) {
}
