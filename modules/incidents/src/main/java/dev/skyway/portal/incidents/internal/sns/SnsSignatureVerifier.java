package dev.skyway.portal.incidents.internal.sns;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.incidents.internal.sns.SnsVerificationException.Reason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Decides whether a message comes from SNS, before anything else looks at it: SignatureVersion 1 (SHA1withRSA) or 2
 * (SHA256withRSA), a Timestamp inside the window (a replayed old message is refused), a signing certificate from an
 * allowed URL that passes its check, and a signature over the canonical string. Every refusal counts in
 * {@value #REFUSED} with its reason as tag.
 */
public class SnsSignatureVerifier {

    static final String REFUSED = "portal.incidents.sns.refused";
    /** Clocks differ: a timestamp this far ahead of ours is still taken. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final SigningCertificates certificates;
    private final Clock clock;
    private final Duration maxAge;
    private final MeterRegistry meters;

    public SnsSignatureVerifier(SigningCertificates certificates, Clock clock, Duration maxAge, MeterRegistry meters) {
        this.certificates = certificates;
        this.clock = clock;
        this.maxAge = maxAge;
        this.meters = meters;
        for (Reason reason : Reason.values()) {
            counter(reason);
        }
    }

    /**
     * @throws SnsVerificationException               when the message may not be trusted (counted)
     * @throws SigningCertificateUnavailableException when the certificate could not be fetched (retry later)
     */
    public void verify(SnsMessage message) {
        try {
            String algorithm = algorithm(message.signatureVersion());
            checkTimestamp(message.timestamp());
            String certificateUrl = message.signingCertUrl();
            if (certificateUrl == null) {
                throw new SnsVerificationException(Reason.CERTIFICATE_URL, "SigningCertURL is missing");
            }
            X509Certificate certificate = certificates.get(certificateUrl);
            checkSignature(message, algorithm, certificate);
        } catch (SnsVerificationException e) {
            counter(e.reason()).increment();
            throw e;
        }
    }

    private static String algorithm(@Nullable String version) {
        if ("1".equals(version)) {
            return "SHA1withRSA";
        }
        if ("2".equals(version)) {
            return "SHA256withRSA";
        }
        throw new SnsVerificationException(Reason.SIGNATURE_VERSION,
                "SignatureVersion must be 1 or 2, not " + (version == null ? "missing" : "'" + version + "'"));
    }

    private void checkTimestamp(@Nullable String timestamp) {
        if (timestamp == null) {
            throw new SnsVerificationException(Reason.TIMESTAMP, "Timestamp is missing");
        }
        Instant sent;
        try {
            sent = Instant.parse(timestamp);
        } catch (DateTimeParseException e) {
            throw new SnsVerificationException(Reason.TIMESTAMP, "Timestamp is not an ISO-8601 instant");
        }
        Instant now = clock.instant();
        if (sent.isBefore(now.minus(maxAge))) {
            throw new SnsVerificationException(Reason.TIMESTAMP, "the message was sent at " + sent
                    + ", more than " + maxAge + " ago: refused as a replay");
        }
        if (sent.isAfter(now.plus(CLOCK_SKEW))) {
            throw new SnsVerificationException(Reason.TIMESTAMP, "the message claims to be sent at " + sent
                    + ", in the future");
        }
    }

    private static void checkSignature(SnsMessage message, String algorithm, X509Certificate certificate) {
        String encoded = message.signature();
        if (encoded == null) {
            throw new SnsVerificationException(Reason.SIGNATURE, "Signature is missing");
        }
        try {
            Signature signature = Signature.getInstance(algorithm);
            signature.initVerify(certificate.getPublicKey());
            signature.update(message.canonicalString().getBytes(StandardCharsets.UTF_8));
            if (!signature.verify(Base64.getDecoder().decode(encoded))) {
                throw new SnsVerificationException(Reason.SIGNATURE, "the signature does not match the message");
            }
        } catch (IllegalArgumentException e) {
            throw new SnsVerificationException(Reason.SIGNATURE, "Signature is not Base64");
        } catch (GeneralSecurityException e) {
            throw new SnsVerificationException(Reason.SIGNATURE, "the signature could not be checked ("
                    + e.getMessage() + ")");
        }
    }

    private Counter counter(Reason reason) {
        return Counter.builder(REFUSED).description("SNS messages refused because they could not be verified")
                .tag("reason", reason.tag()).register(meters);
    }
}
