package dev.skyway.portal.platform.aws;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code portal.aws.*}. Null arguments take the documented defaults, so tests can pass only what they care about.
 *
 * @param mode                  default {@link AwsMode#AWS} (the local profile sets {@code sandbox})
 * @param region                default {@code us-east-1}
 * @param roleArn               role to assume on top of the default credentials chain; without one, no assume-role
 * @param externalId            sent with AssumeRole when the role's trust policy asks for it
 * @param roleSessionName       default {@code skyway-portal}; shows in CloudTrail as who acted
 * @param endpointOverride      send every call there instead of AWS (tests, local stubs)
 * @param apiCallTimeout        whole call including retries; default 30s
 * @param apiCallAttemptTimeout one HTTP attempt; default 10s
 * @param maxAttempts           first attempt plus retries; default 3
 */
@Validated
@ConfigurationProperties("portal.aws")
public record AwsProperties(
        AwsMode mode,
        @Pattern(regexp = "[a-z]{2}(-[a-z]+)+-\\d+", message = "must be an AWS region code such as eu-central-1")
        String region,
        @Pattern(regexp = "arn:aws[a-z-]*:iam::\\d{12}:role/[\\w+=,.@/-]+", message = "must be an IAM role ARN")
        @Nullable String roleArn,
        @Pattern(regexp = "[\\w+=,.@:/-]{2,1224}", message = "must be 2-1224 characters of [\\w+=,.@:/-]")
        @Nullable String externalId,
        @Pattern(regexp = "[\\w+=,.@-]{2,64}", message = "must be 2-64 characters of [\\w+=,.@-]")
        String roleSessionName,
        @Nullable URI endpointOverride,
        Duration apiCallTimeout,
        Duration apiCallAttemptTimeout,
        @Min(1) @Max(10) Integer maxAttempts) {

    public AwsProperties {
        mode = mode == null ? AwsMode.AWS : mode;
        region = region == null ? "us-east-1" : region;
        roleArn = roleArn == null || roleArn.isBlank() ? null : roleArn;
        externalId = externalId == null || externalId.isBlank() ? null : externalId;
        roleSessionName = roleSessionName == null ? "skyway-portal" : roleSessionName;
        apiCallTimeout = apiCallTimeout == null ? Duration.ofSeconds(30) : apiCallTimeout;
        apiCallAttemptTimeout = apiCallAttemptTimeout == null ? Duration.ofSeconds(10) : apiCallAttemptTimeout;
        maxAttempts = maxAttempts == null ? 3 : maxAttempts;
    }

    /** All defaults: mode AWS, us-east-1, default credentials chain, no endpoint override. */
    public static AwsProperties defaults() {
        return new AwsProperties(null, null, null, null, null, null, null, null, null);
    }

    @AssertTrue(message = "portal.aws timeouts must be positive and api-call-attempt-timeout <= api-call-timeout")
    public boolean isTimeoutsConsistent() {
        return apiCallAttemptTimeout.isPositive() && apiCallTimeout.isPositive()
                && apiCallAttemptTimeout.compareTo(apiCallTimeout) <= 0;
    }

    @AssertTrue(message = "portal.aws.external-id needs portal.aws.role-arn")
    public boolean isExternalIdOnlyWithRole() {
        return externalId == null || roleArn != null;
    }

    @AssertTrue(message = "portal.aws.endpoint-override must be an absolute http(s) URI")
    public boolean isEndpointOverrideAbsolute() {
        return endpointOverride == null || (endpointOverride.getHost() != null
                && ("http".equals(endpointOverride.getScheme()) || "https".equals(endpointOverride.getScheme())));
    }
}
