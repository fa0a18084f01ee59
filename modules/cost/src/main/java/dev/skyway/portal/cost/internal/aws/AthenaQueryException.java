package dev.skyway.portal.cost.internal.aws;

import org.jspecify.annotations.Nullable;

/**
 * An Athena query that did not succeed: it failed (with Athena's reason), was cancelled, or did not finish in time
 * (and was stopped).
 */
public class AthenaQueryException extends RuntimeException {

    private final @Nullable String queryExecutionId;
    private final boolean retryable;

    /**
     * @param queryExecutionId the query's id, absent when it never started
     * @param retryable        whether running the same query again may succeed (Athena says so, or it timed out)
     */
    public AthenaQueryException(String message, @Nullable String queryExecutionId, boolean retryable) {
        super(message);
        this.queryExecutionId = queryExecutionId;
        this.retryable = retryable;
    }

    public @Nullable String queryExecutionId() {
        return queryExecutionId;
    }

    public boolean retryable() {
        return retryable;
    }
}
