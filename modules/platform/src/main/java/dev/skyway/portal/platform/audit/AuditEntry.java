package dev.skyway.portal.platform.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One ledger entry as stored.
 *
 * @param details JSON text of the entry's details
 * @param keyId   the id of the HMAC key that signed the entry; absent for a legacy entry written before the ledger was
 *                keyed
 */
public record AuditEntry(long seq, Instant occurredAt, String actorIssuer, String actorSubject,
                         @Nullable String actorName, String action, String targetType, String targetId, String details,
                         @Nullable String correlationId, String prevHash, String hash, @Nullable String keyId) {
}
