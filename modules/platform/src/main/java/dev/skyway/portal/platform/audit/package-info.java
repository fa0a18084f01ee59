/**
 * The audit ledger: append-only, hash-chained entries of who did what to which target, a verifier that finds the
 * first broken link, and {@link dev.skyway.portal.platform.audit.AuditableEvent} for modules whose events must
 * reach the ledger.
 */
@org.springframework.modulith.NamedInterface("audit")
package dev.skyway.portal.platform.audit;
