package dev.skyway.portal.compliance.internal.drift;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

import dev.skyway.portal.compliance.internal.aws.DriftDetection;
import dev.skyway.portal.compliance.internal.aws.ResourceDrift;
import dev.skyway.portal.compliance.internal.aws.Sleeper;
import dev.skyway.portal.compliance.internal.aws.StackArn;
import dev.skyway.portal.platform.aws.AwsCallException;

/**
 * Takes a started check to its end: starts the detection, polls its status (the row stays
 * {@code DETECTION_IN_PROGRESS} meanwhile, so pages show the progress), then stores the outcome and the drifted
 * resources, or why it failed. A failure is recorded, never thrown: the next check tries again.
 */
class DriftRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DriftRunner.class);

    private final DriftDetector detector;
    private final DriftRows rows;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration timeout;
    private final ExecutorService background = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("compliance-drift-", 0).factory());

    DriftRunner(DriftDetector detector, DriftRows rows, TransactionTemplate transactions, Clock clock,
                Sleeper sleeper, Duration timeout) {
        this.detector = detector;
        this.rows = rows;
        this.transactions = transactions;
        this.clock = clock;
        this.sleeper = sleeper;
        this.timeout = timeout;
    }

    /** Runs the check on a background thread. */
    void startInBackground(DriftCheck check) {
        background.execute(() -> run(check));
    }

    /** Runs the check on the calling thread, to its end. */
    DriftCheck run(DriftCheck check) {
        StackArn stack = StackArn.parse(check.stackArn());
        try {
            String detectionId = detector.start(stack);
            rows.detectionId(check.id(), detectionId);
            Instant deadline = clock.instant().plus(timeout);
            DriftDetection detection = detector.status(stack, detectionId);
            while (detection.inProgress()) {
                if (!clock.instant().isBefore(deadline)) {
                    rows.fail(check.id(), "CloudFormation was still detecting drift after " + timeout
                            + "; the next check tries again", clock.instant());
                    return rows.find(check.id()).orElseThrow();
                }
                sleeper.pause(detector.pollInterval(), "the drift detection of " + stack.stackName());
                detection = detector.status(stack, detectionId);
            }
            DriftDetection done = detection;
            List<ResourceDrift> resources = detector.resources(stack);
            transactions.executeWithoutResult(tx -> rows.finish(check.id(), done, resources, clock.instant()));
        } catch (AwsCallException e) {
            LOG.warn("Drift check of {} failed: {}", stack.arn(), e.getMessage());
            rows.fail(check.id(), e.getMessage(), clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("Drift check of {} failed unexpectedly", stack.arn(), e);
            rows.fail(check.id(), "The check failed unexpectedly (" + e.getClass().getSimpleName() + "): "
                    + e.getMessage(), clock.instant());
        }
        return rows.find(check.id()).orElseThrow();
    }

    @Override
    public void close() {
        background.shutdownNow();
    }
}
