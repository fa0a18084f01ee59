package dev.skyway.portal.platform.audit;

import java.time.Instant;

/**
 * A chain head written outside the database, so that rewriting or cutting the chain later is visible against it.
 *
 * @param chain      the chain's name ({@code main})
 * @param seq        the sequence number of the anchored entry
 * @param hash       that entry's SHA-256 link hash
 * @param anchoredAt when the anchor was taken
 */
public record AuditAnchor(String chain, long seq, String hash, Instant anchoredAt) {
}
