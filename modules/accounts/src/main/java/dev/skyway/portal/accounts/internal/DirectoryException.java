package dev.skyway.portal.accounts.internal;

import org.jspecify.annotations.Nullable;

/**
 * Reading the organization failed. The message is in the portal's words; {@link #awsRequestId()} is AWS's request
 * id (for AWS support), absent when the failure did not come from an AWS response.
 */
public class DirectoryException extends RuntimeException {

    private final @Nullable String awsRequestId;

    public DirectoryException(String message, @Nullable String awsRequestId, @Nullable Throwable cause) {
        super(message, cause);
        this.awsRequestId = awsRequestId;
    }

    public @Nullable String awsRequestId() {
        return awsRequestId;
    }
}
