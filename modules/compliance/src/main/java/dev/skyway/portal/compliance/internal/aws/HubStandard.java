package dev.skyway.portal.compliance.internal.aws;

import org.jspecify.annotations.Nullable;

/**
 * A standard enabled in the account ({@code GetEnabledStandards}).
 *
 * @param subscriptionArn    the subscription: what {@code DescribeStandardsControls} lists the controls of
 * @param standardsArn       the standard, e.g. {@code arn:aws:securityhub:eu-central-1::standards/
 *                           aws-foundational-security-best-practices/v/1.0.0}
 * @param status             {@code PENDING}, {@code READY}, {@code FAILED}, {@code DELETING} or {@code INCOMPLETE}
 * @param controlsUpdatable  {@code READY_FOR_UPDATES} or {@code NOT_READY_FOR_UPDATES} (then the control listings
 *                           are empty for it)
 * @param statusReason       {@code StandardsStatusReason.StatusReasonCode}, e.g. {@code NO_AVAILABLE_CONFIGURATION_RECORDER}
 */
public record HubStandard(String subscriptionArn, String standardsArn, String status,
                          @Nullable String controlsUpdatable, @Nullable String statusReason) {
}
