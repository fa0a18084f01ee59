package dev.skyway.portal.provisioning.internal.network;

import org.jspecify.annotations.Nullable;

/** A lookup AWS refused or failed, in the portal's words; {@link #requestId()}, when AWS gave one, for support. */
public class NetworkLookupException extends RuntimeException {

    private final @Nullable String requestId;

    public NetworkLookupException(String message, @Nullable String requestId, @Nullable Throwable cause) {
        super(message, cause);
        this.requestId = requestId;
    }

    public @Nullable String requestId() {
        return requestId;
    }
}
