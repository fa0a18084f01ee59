/**
 * The audit ledger's implementation: entries, hashing and signing keys, the chain verifier, and anchoring the chain
 * head outside the database.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.platform.audit.internal;
