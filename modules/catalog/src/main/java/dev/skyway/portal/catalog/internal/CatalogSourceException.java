package dev.skyway.portal.catalog.internal;

/**
 * Reading the catalog source failed. The message is in the portal's words; {@link #awsRequestId()} is AWS's
 * request id (for AWS support), or null when the failure did not come from an AWS response.
 */
public class CatalogSourceException extends RuntimeException {

    private final String awsRequestId;

    public CatalogSourceException(String message, String awsRequestId, Throwable cause) {
        super(message, cause);
        this.awsRequestId = awsRequestId;
    }

    public String awsRequestId() {
        return awsRequestId;
    }
}
