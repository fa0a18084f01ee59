package dev.skyway.portal.provisioning.internal.network;

/** A lookup AWS refused or failed, in the portal's words; {@link #requestId()} for support (may be null). */
public class NetworkLookupException extends RuntimeException {

    private final String requestId;

    public NetworkLookupException(String message, String requestId, Throwable cause) {
        super(message, cause);
        this.requestId = requestId;
    }

    public String requestId() {
        return requestId;
    }
}
