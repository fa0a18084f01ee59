package dev.skyway.portal.compliance.internal.aws;

import org.jspecify.annotations.Nullable;

/**
 * A standard Security Hub offers ({@code DescribeStandards}): its name for the scores' headings.
 *
 * @param name e.g. {@code AWS Foundational Security Best Practices v1.0.0}
 */
public record HubStandardDefinition(String standardsArn, String name, @Nullable String description,
                                    boolean enabledByDefault) {
}
