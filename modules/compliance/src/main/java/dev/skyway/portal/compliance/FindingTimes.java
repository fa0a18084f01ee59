package dev.skyway.portal.compliance;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * When a finding was seen.
 *
 * @param firstSeen  the earliest result any import brought
 * @param lastSeen   the latest result
 * @param resolvedAt when a full import of its source and account no longer had it; absent while open
 */
public record FindingTimes(Instant firstSeen, Instant lastSeen, @Nullable Instant resolvedAt) {
}
