package dev.skyway.portal.incidents.internal.sns;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CertificateParsingException;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * Whether a certificate may sign SNS messages: valid now (by the injected clock), issued to
 * {@value #SNS_NAME} (subject alternative name, or common name), and either one of the trust anchors or issued by
 * one. SNS serves only its leaf certificate, so the anchors include the Amazon intermediates that issue it.
 * Revocation is not checked (no network calls besides the certificate itself).
 */
public class SigningCertificateCheck {

    static final String SNS_NAME = "sns.amazonaws.com";
    private static final int DNS_NAME = 2;

    private final Set<X509Certificate> anchorCertificates;
    private final Set<TrustAnchor> anchors = new LinkedHashSet<>();
    private final Clock clock;

    /** @throws IllegalArgumentException when there are no anchors */
    public SigningCertificateCheck(Collection<X509Certificate> anchors, Clock clock) {
        if (anchors.isEmpty()) {
            throw new IllegalArgumentException("The SNS trust anchors hold no certificate");
        }
        this.anchorCertificates = Set.copyOf(anchors);
        anchors.forEach(a -> this.anchors.add(new TrustAnchor(a, null)));
        this.clock = clock;
    }

    /** The time certificates are checked at. */
    public Instant now() {
        return clock.instant();
    }

    /** @throws SnsVerificationException with reason CERTIFICATE, saying what is wrong */
    public void check(X509Certificate certificate) {
        Date now = Date.from(clock.instant());
        try {
            certificate.checkValidity(now);
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            throw refused("the signing certificate is not valid at " + now.toInstant() + " (valid "
                    + certificate.getNotBefore().toInstant() + " to " + certificate.getNotAfter().toInstant() + ")");
        }
        if (!namesSns(certificate)) {
            throw refused("the signing certificate is not issued to " + SNS_NAME);
        }
        if (!anchorCertificates.contains(certificate)) {
            chains(certificate, now);
        }
    }

    private void chains(X509Certificate certificate, Date now) {
        try {
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false);
            parameters.setDate(now);
            CertPathValidator.getInstance("PKIX").validate(
                    CertificateFactory.getInstance("X.509").generateCertPath(List.of(certificate)), parameters);
        } catch (CertPathValidatorException e) {
            throw refused("the signing certificate does not chain to the trust anchors (" + e.getMessage() + ")");
        } catch (GeneralSecurityException e) {
            throw refused("the signing certificate's chain could not be checked (" + e.getMessage() + ")");
        }
    }

    private static boolean namesSns(X509Certificate certificate) {
        try {
            Collection<List<?>> alternatives = certificate.getSubjectAlternativeNames();
            if (alternatives != null) {
                return alternatives.stream().anyMatch(name -> name.size() == 2
                        && Integer.valueOf(DNS_NAME).equals(name.get(0)) && SNS_NAME.equals(name.get(1)));
            }
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if ("CN".equalsIgnoreCase(rdn.getType()) && SNS_NAME.equals(String.valueOf(rdn.getValue()))) {
                    return true;
                }
            }
            return false;
        } catch (CertificateParsingException | InvalidNameException e) {
            return false;
        }
    }

    private static SnsVerificationException refused(String detail) {
        return new SnsVerificationException(SnsVerificationException.Reason.CERTIFICATE, detail);
    }
}
