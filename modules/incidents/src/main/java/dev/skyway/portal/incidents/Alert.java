package dev.skyway.portal.incidents;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A deduplicated signal: every message with the same dedup key while the alert is open counts as one more occurrence.
 *
 * @param source  what raised it: an alarm name, a host, a service
 * @param details JSON: the labels, custom details or the message of a generic alert
 */
public record Alert(UUID id, UUID integrationId, String dedupKey, AlertKind kind, AlertStatus status,
                    AlertSeverity severity, String summary, @Nullable String source, @Nullable String accountId,
                    @Nullable String region, @Nullable String service, @Nullable String resource,
                    @Nullable String details, int occurrences, Instant firstSeenAt, Instant lastSeenAt,
                    @Nullable Instant acknowledgedAt, @Nullable Instant resolvedAt, @Nullable UUID incidentId) {
}
