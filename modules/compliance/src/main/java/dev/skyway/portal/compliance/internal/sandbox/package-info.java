/**
 * The sandbox's compliance data: deterministic findings for the sandbox organization's accounts over the shipped
 * frameworks' controls, replayed day by day through the import store (90 days of history, score snapshots for each
 * day), and drift on a few provisioned stacks.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.compliance.internal.sandbox;
