package dev.skyway.portal.provisioning;

import java.util.UUID;

/** The request is not in a state that allows this (e.g. editing a request that is not sent back); the API's 409. */
public class RequestStateException extends RuntimeException {

    private final UUID requestId;
    private final RequestStatus status;

    public RequestStateException(UUID requestId, RequestStatus status, String message) {
        super(message);
        this.requestId = requestId;
        this.status = status;
    }

    public UUID requestId() {
        return requestId;
    }

    public RequestStatus status() {
        return status;
    }
}
