package dev.skyway.portal.compliance.internal.aws;

import java.time.Duration;

/**
 * CloudFormation was still detecting drift when the portal stopped waiting. The detection goes on in AWS: its id
 * lets a later check read the outcome ({@link CloudFormationDrift#status}) instead of starting again.
 */
public class DriftTimeoutException extends RuntimeException {

    private final StackArn stack;
    private final String detectionId;

    DriftTimeoutException(StackArn stack, String detectionId, Duration waited) {
        super("AWS CloudFormation was still detecting drift of stack " + stack.stackName() + " in account "
                + stack.accountId() + " after " + waited + " (detection " + detectionId
                + "); the next check will read its outcome");
        this.stack = stack;
        this.detectionId = detectionId;
    }

    public StackArn stack() {
        return stack;
    }

    public String detectionId() {
        return detectionId;
    }
}
