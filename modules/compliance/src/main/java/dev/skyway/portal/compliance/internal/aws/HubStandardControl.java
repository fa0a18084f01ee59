package dev.skyway.portal.compliance.internal.aws;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A control of one enabled standard ({@code DescribeStandardsControls}: every control of a subscription in one
 * listing).
 *
 * @param controlId      the standard's own id of the control, e.g. {@code S3.8} or, for CIS v1.2.0, {@code CIS.2.1}
 * @param status         {@code ENABLED} or {@code DISABLED}
 * @param disabledReason why it was disabled, as the user wrote it
 */
public record HubStandardControl(String standardsControlArn, String controlId, String title, String status,
                                 @Nullable String disabledReason, @Nullable Instant statusUpdatedAt, String severity,
                                 @Nullable String remediationUrl, List<String> relatedRequirements) {

    public HubStandardControl {
        relatedRequirements = List.copyOf(relatedRequirements);
    }
}
