package dev.skyway.portal.incidents.internal.sns;

/** A message that may not be trusted as coming from SNS: it is refused (403) and nothing of it is stored. */
public class SnsVerificationException extends RuntimeException {

    /** Why, in few enough kinds to tag a counter with. */
    public enum Reason {
        /** not SignatureVersion 1 or 2 */
        SIGNATURE_VERSION,
        /** the Timestamp is missing, unreadable, too old or too far ahead */
        TIMESTAMP,
        /** the SigningCertURL does not match {@code portal.incidents.sns.cert-url-pattern} */
        CERTIFICATE_URL,
        /** the certificate is expired, not for sns.amazonaws.com, or does not chain to the trust anchors */
        CERTIFICATE,
        /** the signature does not match the message, or a signed field is missing */
        SIGNATURE;

        public String tag() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public SnsVerificationException(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
