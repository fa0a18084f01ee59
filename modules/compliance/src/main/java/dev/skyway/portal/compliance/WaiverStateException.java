package dev.skyway.portal.compliance;

/** A waiver or attestation asked to move in a way its state does not allow (the API's 409). */
public class WaiverStateException extends RuntimeException {

    public WaiverStateException(String message) {
        super(message);
    }
}
