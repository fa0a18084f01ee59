package dev.skyway.portal.incidents.internal.sns;

/**
 * The signing certificate (or the SubscribeURL) could not be reached: not the message's fault, so the sender should
 * retry (503), and nothing is stored.
 */
public class SigningCertificateUnavailableException extends RuntimeException {

    public SigningCertificateUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public SigningCertificateUnavailableException(String message) {
        super(message);
    }
}
