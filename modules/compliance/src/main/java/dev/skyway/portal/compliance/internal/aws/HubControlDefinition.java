package dev.skyway.portal.compliance.internal.aws;

import org.jspecify.annotations.Nullable;

/**
 * A security control as Security Hub defines it across standards ({@code ListSecurityControlDefinitions}).
 *
 * @param securityControlId         e.g. {@code S3.8}
 * @param severity                  {@code CRITICAL}, {@code HIGH}, {@code MEDIUM}, {@code LOW} or
 *                                  {@code INFORMATIONAL}
 * @param currentRegionAvailability {@code AVAILABLE} or {@code UNAVAILABLE} in the Region asked
 */
public record HubControlDefinition(String securityControlId, String title, @Nullable String description,
                                   @Nullable String remediationUrl, String severity,
                                   @Nullable String currentRegionAvailability) {
}
