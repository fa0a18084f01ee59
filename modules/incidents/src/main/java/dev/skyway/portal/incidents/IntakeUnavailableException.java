package dev.skyway.portal.incidents;

/** The message could not be taken now for a reason that is not its fault: the sender should retry it later. */
public class IntakeUnavailableException extends RuntimeException {

    public IntakeUnavailableException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
