package dev.skyway.portal.compliance;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One finding: one source's latest result for one control on one resource.
 *
 * @param source      the tool: {@code PROWLER}, {@code SECURITY_HUB}, {@code CONFIG}, {@code SANDBOX} or another
 *                    tool's name
 * @param detail      the tool's words about this resource's result
 * @param waived      an active waiver takes it out of the scores (it stays visible)
 * @param muted       suppressed in the tool (Security Hub's workflow, a Prowler mute): out of the scores, as Security
 *                    Hub counts them
 * @param duplicateOf the same result from another tool for an equivalent control, which the list shows instead
 */
public record Finding(UUID id, String source, FindingResource resource, FindingControl control, Severity severity,
                      FindingStatus status, @Nullable String detail, Remediation remediation, FindingTimes times,
                      boolean waived, boolean muted, @Nullable UUID duplicateOf) {
}
