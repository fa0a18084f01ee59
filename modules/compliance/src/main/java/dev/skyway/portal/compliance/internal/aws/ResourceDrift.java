package dev.skyway.portal.compliance.internal.aws;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One resource of a stack as the last drift detection found it ({@code DescribeStackResourceDrifts}).
 *
 * @param physicalResourceId  the resource's own id (a bucket name, an instance id), what <i>My resources</i> shows
 * @param resourceType        e.g. {@code AWS::S3::Bucket}
 * @param status              {@code IN_SYNC}, {@code MODIFIED}, {@code DELETED} or {@code NOT_CHECKED}
 * @param expectedProperties  the template's properties (JSON); absent for a deleted or unchecked resource
 * @param actualProperties    the resource's properties (JSON)
 * @param differences         what differs, for a {@code MODIFIED} resource
 * @param statusReason        why it was not checked, e.g. a resource type drift detection does not support
 */
public record ResourceDrift(String logicalResourceId, @Nullable String physicalResourceId, String resourceType,
                            String status, @Nullable String expectedProperties, @Nullable String actualProperties,
                            List<PropertyDrift> differences, @Nullable Instant detectedAt,
                            @Nullable String statusReason) {

    public ResourceDrift {
        differences = List.copyOf(differences);
    }

    /** Modified or deleted outside CloudFormation. */
    public boolean drifted() {
        return "MODIFIED".equals(status) || "DELETED".equals(status);
    }
}
