package dev.skyway.portal.compliance.internal.parse;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.compliance.FindingResource;
import dev.skyway.portal.compliance.FindingStatus;
import dev.skyway.portal.compliance.Remediation;
import dev.skyway.portal.compliance.Severity;

/**
 * One finding as a file told it, normalized.
 *
 * @param source       the tool, e.g. {@code PROWLER}, {@code SECURITY_HUB}
 * @param controlId    the tool's control or check id
 * @param muted        suppressed in the tool (Security Hub workflow SUPPRESSED, a Prowler mute)
 * @param ids          the tool's own ids of the finding
 * @param requirements framework → requirement ids, as the tool reported them
 * @param observed     when the tool saw it, where the file says
 */
public record ParsedFinding(String source, FindingResource resource, String controlId, String title,
                            @Nullable String detail, Severity severity, FindingStatus status, boolean muted,
                            Remediation remediation, ToolIds ids, Map<String, List<String>> requirements,
                            Observed observed) {

    /** @param externalId the tool's finding id; {@code productArn} Security Hub's product ARN */
    public record ToolIds(@Nullable String externalId, @Nullable String productArn) {
    }

    /** @param first the tool's first observation; {@code last} the result's time */
    public record Observed(@Nullable Instant first, @Nullable Instant last) {
    }
}
