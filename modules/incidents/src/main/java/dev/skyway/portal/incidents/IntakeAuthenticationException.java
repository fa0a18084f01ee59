package dev.skyway.portal.incidents;

/**
 * The sender did not prove it may post to this integration: unknown or disabled integration, another type, or a
 * wrong or missing secret. Which of these is not told.
 */
public class IntakeAuthenticationException extends RuntimeException {

    public IntakeAuthenticationException() {
        super("Unknown integration or wrong secret");
    }
}
