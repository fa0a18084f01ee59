package dev.skyway.portal.compliance.internal.aws;

import java.util.List;

/** A finished drift detection of a stack and what it found for each of its resources. */
public record StackDriftReport(StackArn stack, DriftDetection detection, List<ResourceDrift> resources) {

    public StackDriftReport {
        resources = List.copyOf(resources);
    }

    public List<ResourceDrift> drifted() {
        return resources.stream().filter(ResourceDrift::drifted).toList();
    }
}
