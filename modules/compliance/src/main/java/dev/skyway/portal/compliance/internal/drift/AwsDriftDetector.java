package dev.skyway.portal.compliance.internal.drift;

import java.time.Duration;
import java.util.List;

import dev.skyway.portal.compliance.internal.aws.CloudFormationDrift;
import dev.skyway.portal.compliance.internal.aws.DriftDetection;
import dev.skyway.portal.compliance.internal.aws.ResourceDrift;
import dev.skyway.portal.compliance.internal.aws.StackArn;

/** AWS mode: DetectStackDrift, DescribeStackDriftDetectionStatus, DescribeStackResourceDrifts. */
class AwsDriftDetector implements DriftDetector {

    private final CloudFormationDrift drift;

    AwsDriftDetector(CloudFormationDrift drift) {
        this.drift = drift;
    }

    @Override
    public String start(StackArn stack) {
        return drift.start(stack);
    }

    @Override
    public DriftDetection status(StackArn stack, String detectionId) {
        return drift.status(stack, detectionId);
    }

    @Override
    public List<ResourceDrift> resources(StackArn stack) {
        return drift.resourceDrifts(stack);
    }

    @Override
    public Duration pollInterval() {
        return CloudFormationDrift.DEFAULT_POLL;
    }
}
