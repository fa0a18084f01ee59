package dev.skyway.portal.provisioning.internal;

/** A provisioner could not start or read provisioning; the message is in plain words for the requester. */
public class ProvisioningException extends RuntimeException {

    public ProvisioningException(String message, Throwable cause) {
        super(message, cause);
    }

    public ProvisioningException(String message) {
        super(message);
    }
}
