package dev.skyway.portal.incidents.internal.sns;

import java.net.URI;

/** Gets a signing certificate's PEM from its URL (already checked against the allowed pattern). */
@FunctionalInterface
public interface CertificateFetcher {

    /** @throws SigningCertificateUnavailableException when the certificate could not be fetched */
    byte[] fetch(URI url);
}
