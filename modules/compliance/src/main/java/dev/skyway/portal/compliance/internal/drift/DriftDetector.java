package dev.skyway.portal.compliance.internal.drift;

import java.util.List;

import dev.skyway.portal.compliance.internal.aws.DriftDetection;
import dev.skyway.portal.compliance.internal.aws.ResourceDrift;
import dev.skyway.portal.compliance.internal.aws.StackArn;

/**
 * Where drift detections run: CloudFormation in AWS mode ({@link AwsDriftDetector}), the simulation in the sandbox
 * ({@link SandboxDriftDetector}). The three steps of CloudFormation's API, so a check can poll and be seen between.
 */
interface DriftDetector {

    /** Starts a detection; returns its id. */
    String start(StackArn stack);

    DriftDetection status(StackArn stack, String detectionId);

    /** Every resource as the stack's last finished detection found it. */
    List<ResourceDrift> resources(StackArn stack);

    /** How long to wait between two status reads. */
    java.time.Duration pollInterval();
}
