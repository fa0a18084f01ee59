package dev.skyway.portal.compliance.internal.drift;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One drift detection of a stack.
 *
 * @param resourceId       the provisioned product behind the stack (its request id); absent for a stack the
 *                         portal knows only from earlier checks
 * @param status           {@code DETECTION_IN_PROGRESS}, {@code DETECTION_COMPLETE} or {@code DETECTION_FAILED}
 * @param stackDriftStatus {@code DRIFTED}, {@code IN_SYNC}, {@code UNKNOWN} or {@code NOT_CHECKED}; absent while in
 *                         progress
 * @param statusReason     why it failed, or CloudFormation's note on a partial detection
 */
public record DriftCheck(UUID id, String stackArn, @Nullable String stackName, String accountId, String region,
                         @Nullable UUID resourceId, String status, @Nullable String stackDriftStatus,
                         @Nullable Integer driftedResources, @Nullable String statusReason, String requestedBy,
                         Instant startedAt, @Nullable Instant finishedAt) {

    public static final String IN_PROGRESS = "DETECTION_IN_PROGRESS";
    public static final String COMPLETE = "DETECTION_COMPLETE";
    public static final String FAILED = "DETECTION_FAILED";

    public boolean inProgress() {
        return IN_PROGRESS.equals(status);
    }

    public boolean drifted() {
        return "DRIFTED".equals(stackDriftStatus);
    }
}
