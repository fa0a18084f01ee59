/**
 * The change freeze: while a SEV1 or SEV2 incident is open (not yet mitigated) on an account, or organization-wide,
 * the approval stages of changes to that account are held through the approvals module's
 * {@link dev.skyway.portal.approvals.ChangeFreezes} extension point; mitigation (or resolution, closing, or a
 * downgrade to SEV3/SEV4) releases them, and the commander may release one change. Every hold is kept in
 * {@code incidents.hold} and on the incident's timeline.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.incidents.internal.freeze;
