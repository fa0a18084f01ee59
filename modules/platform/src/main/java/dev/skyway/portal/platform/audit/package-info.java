/**
 * The audit ledger: append-only, hash-chained entries of who did what to which target, each signed with an
 * HMAC-SHA256 under a configured, rotatable key; anchors of the chain head written outside the database (log, S3
 * Object Lock); a verifier that finds the first broken link and says why; and
 * {@link dev.skyway.portal.platform.audit.AuditableEvent} for modules whose events must reach the ledger.
 */
@org.springframework.modulith.NamedInterface("audit")
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.platform.audit;
