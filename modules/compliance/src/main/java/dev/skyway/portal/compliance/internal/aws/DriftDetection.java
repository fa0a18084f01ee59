package dev.skyway.portal.compliance.internal.aws;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Where a drift detection is ({@code DescribeStackDriftDetectionStatus}).
 *
 * @param detectionStatus    {@code DETECTION_IN_PROGRESS}, {@code DETECTION_COMPLETE} or {@code DETECTION_FAILED}
 *                           (failed for some resources: the others still have results)
 * @param stackDriftStatus   {@code DRIFTED}, {@code IN_SYNC}, {@code UNKNOWN} or {@code NOT_CHECKED}
 * @param reason             why the detection failed, when it did
 * @param driftedResources   how many resources drifted; absent while in progress
 */
public record DriftDetection(String detectionId, String stackId, String detectionStatus, String stackDriftStatus,
                             @Nullable String reason, @Nullable Integer driftedResources, @Nullable Instant at) {

    public boolean inProgress() {
        return "DETECTION_IN_PROGRESS".equals(detectionStatus);
    }
}
