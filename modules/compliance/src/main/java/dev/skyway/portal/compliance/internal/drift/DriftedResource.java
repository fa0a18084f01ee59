package dev.skyway.portal.compliance.internal.drift;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.compliance.internal.aws.PropertyDrift;

/**
 * A resource of a stack modified or deleted outside CloudFormation, with what differs from the template.
 *
 * @param status {@code MODIFIED} or {@code DELETED}
 */
public record DriftedResource(String logicalId, @Nullable String physicalId, String type, String status,
                              List<PropertyDrift> differences, @Nullable Instant detectedAt) {

    public DriftedResource {
        differences = List.copyOf(differences);
    }
}
