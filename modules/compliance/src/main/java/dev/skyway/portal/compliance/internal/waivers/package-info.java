/**
 * Waivers and attestations as approval subjects: their rules, rows, the approval engine's verdicts on them, the
 * expiry job (notice before, expiry at the end) and the Security Hub mirror of active waivers in AWS mode.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.compliance.internal.waivers;
