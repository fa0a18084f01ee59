/** The audit ledger's REST API: reading entries and verifying the chain ({@code /api/v1/audit}). */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.platform.audit.api;
