package dev.skyway.portal.incidents;

/** A message whose origin could not be verified (an SNS signature, its certificate, its age): nothing is stored. */
public class MessageRefusedException extends RuntimeException {

    public MessageRefusedException(String reason) {
        super(reason);
    }
}
