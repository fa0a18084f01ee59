package dev.skyway.portal.platform.audit;

import java.time.Instant;

/**
 * One ledger entry as stored.
 *
 * @param details JSON text of the entry's details
 * @param actorName may be null
 * @param correlationId may be null
 */
public record AuditEntry(long seq, Instant occurredAt, String actorIssuer, String actorSubject, String actorName,
                         String action, String targetType, String targetId, String details, String correlationId,
                         String prevHash, String hash) {
}
