package dev.skyway.portal.catalog.internal;

import org.jspecify.annotations.Nullable;

/**
 * Reading the catalog source failed. The message is in the portal's words; {@link #awsRequestId()} is AWS's
 * request id (for AWS support), absent when the failure did not come from an AWS response.
 */
public class CatalogSourceException extends RuntimeException {

    private final @Nullable String awsRequestId;

    public CatalogSourceException(String message, @Nullable String awsRequestId, @Nullable Throwable cause) {
        super(message, cause);
        this.awsRequestId = awsRequestId;
    }

    public @Nullable String awsRequestId() {
        return awsRequestId;
    }
}
