package dev.skyway.portal.incidents.internal.sns;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import dev.skyway.portal.incidents.internal.Json;

/**
 * The certificates that sign SNS messages, by URL: fetched only from URLs that match the allowed pattern as a whole,
 * checked, and kept (SNS signs with few certificates, and a refused one is never kept). A kept certificate is checked
 * again when its last check is {@link #RECHECK} old, or the clock is past its expiry or before that check, so one that
 * expires meanwhile is refused (the chain check costs more than the signature check, for every message otherwise).
 */
public class SigningCertificates {

    /** More distinct certificates than SNS would ever use means someone is sending made-up URLs: start over. */
    static final int MAX_CACHED = 64;
    static final Duration RECHECK = Duration.ofMinutes(10);

    private final Pattern allowedUrl;
    private final CertificateFetcher fetcher;
    private final SigningCertificateCheck check;
    private final Map<String, Checked> cache = new ConcurrentHashMap<>();

    public SigningCertificates(Pattern allowedUrl, CertificateFetcher fetcher, SigningCertificateCheck check) {
        this.allowedUrl = allowedUrl;
        this.fetcher = fetcher;
        this.check = check;
    }

    /**
     * @throws SnsVerificationException               when the URL is not allowed or the certificate fails its check
     * @throws SigningCertificateUnavailableException when it could not be fetched
     */
    public X509Certificate get(String url) {
        Checked cached = cache.get(url);
        Instant now = check.now();
        if (cached != null) {
            if (!cached.holdsAt(now)) {
                check.check(cached.certificate());
                cache.put(url, Checked.at(cached.certificate(), now));
            }
            return cached.certificate();
        }
        X509Certificate fetched = parse(fetcher.fetch(allowed(url)));
        check.check(fetched);
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(url, Checked.at(fetched, now));
        return fetched;
    }

    /** A certificate that passed its check at {@code checkedAt}, which holds until {@code until}. */
    private record Checked(X509Certificate certificate, Instant checkedAt, Instant until) {

        static Checked at(X509Certificate certificate, Instant now) {
            Instant expiry = certificate.getNotAfter().toInstant();
            Instant recheck = now.plus(RECHECK);
            return new Checked(certificate, now, recheck.isBefore(expiry) ? recheck : expiry);
        }

        boolean holdsAt(Instant now) {
            return !now.isBefore(checkedAt) && now.isBefore(until);
        }
    }

    private URI allowed(String url) {
        if (!allowedUrl.matcher(url).matches()) {
            throw new SnsVerificationException(SnsVerificationException.Reason.CERTIFICATE_URL,
                    "SigningCertURL '" + Json.shortened(url) + "' is not an allowed certificate URL");
        }
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw new SnsVerificationException(SnsVerificationException.Reason.CERTIFICATE_URL,
                    "SigningCertURL is not a URL");
        }
    }

    private static X509Certificate parse(byte[] pem) {
        try {
            List<X509Certificate> certificates = PemCertificates.read(pem);
            if (certificates.isEmpty()) {
                throw new SnsVerificationException(SnsVerificationException.Reason.CERTIFICATE,
                        "the SigningCertURL holds no PEM certificate");
            }
            return certificates.getFirst();
        } catch (CertificateException e) {
            throw new SnsVerificationException(SnsVerificationException.Reason.CERTIFICATE,
                    "the SigningCertURL holds no readable certificate");
        }
    }
}
