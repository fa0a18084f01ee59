/**
 * Evidence packs for auditors: a framework's scores, requirement results, findings, waivers and attestations in a
 * scope, each as CSV and JSON, streamed into a ZIP with a manifest of the files' SHA-256 and the audit-ledger entries
 * that vouch for what the pack holds.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.compliance.internal.evidence;
