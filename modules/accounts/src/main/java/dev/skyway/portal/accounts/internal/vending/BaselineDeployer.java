package dev.skyway.portal.accounts.internal.vending;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Port: deploys baseline stacks to a new account through CloudFormation StackSets ({@code CreateStackInstances},
 * then {@code DescribeStackSetOperation} until done; {@code ListStackInstances} for per-instance reasons on failure).
 * Adapters: the sandbox (simulated operations in the database) and AWS CloudFormation.
 */
public interface BaselineDeployer {

    /**
     * Starts deploying a stack set to one account in the given regions. Idempotent for the same {@code operationId}
     * (StackSets' own {@code OperationId}), which the caller generates and stores before the call.
     *
     * @return the operation id
     * @throws VendingException when refused
     */
    String deploy(String stackSetName, String accountId, List<String> regions, String operationId);

    /** @throws VendingException when the operation cannot be read */
    OperationProgress progress(String stackSetName, String operationId);

    /**
     * @param message plain words when FAILED or STOPPED (the stack instances' status reasons)
     */
    record OperationProgress(State state, @Nullable String message) {

        public enum State { RUNNING, SUCCEEDED, FAILED, STOPPED }
    }
}
