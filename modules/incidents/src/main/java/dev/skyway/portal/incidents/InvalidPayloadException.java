package dev.skyway.portal.incidents;

/**
 * A message an integration received could not be read: not JSON, a required field missing or of the wrong kind, a
 * value out of range. The reason names the field and the rule; the sender gets it back with a 400 and nothing is
 * stored.
 */
public class InvalidPayloadException extends RuntimeException {

    public InvalidPayloadException(String reason) {
        super(reason);
    }
}
