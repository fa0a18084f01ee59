package dev.skyway.portal.platform.audit;

import java.time.Instant;

/**
 * One ledger entry as stored.
 *
 * @param details JSON text of the entry's details
 * @param actorName may be null
 * @param correlationId may be null
 * @param keyId         the id of the HMAC key that signed the entry; null for a legacy entry written before the ledger
 *                      was keyed
 */
public record AuditEntry(long seq, Instant occurredAt, String actorIssuer, String actorSubject, String actorName,
                         String action, String targetType, String targetId, String details, String correlationId,
                         String prevHash, String hash, String keyId) {
}
