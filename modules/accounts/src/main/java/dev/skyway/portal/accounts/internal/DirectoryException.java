package dev.skyway.portal.accounts.internal;

/**
 * Reading the organization failed. The message is in the portal's words; {@link #awsRequestId()} is AWS's request
 * id (for AWS support), or null when the failure did not come from an AWS response.
 */
public class DirectoryException extends RuntimeException {

    private final String awsRequestId;

    public DirectoryException(String message, String awsRequestId, Throwable cause) {
        super(message, cause);
        this.awsRequestId = awsRequestId;
    }

    public String awsRequestId() {
        return awsRequestId;
    }
}
