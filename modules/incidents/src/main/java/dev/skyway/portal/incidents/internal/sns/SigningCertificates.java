package dev.skyway.portal.incidents.internal.sns;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import dev.skyway.portal.incidents.internal.Json;

/**
 * The certificates that sign SNS messages, by URL: fetched only from URLs that match the allowed pattern as a whole,
 * checked, and kept (SNS signs with few certificates, and a refused one is never kept). A kept certificate is checked
 * again on every use, so one that expires meanwhile is refused.
 */
public class SigningCertificates {

    /** More distinct certificates than SNS would ever use means someone is sending made-up URLs: start over. */
    static final int MAX_CACHED = 64;

    private final Pattern allowedUrl;
    private final CertificateFetcher fetcher;
    private final SigningCertificateCheck check;
    private final Map<String, X509Certificate> cache = new ConcurrentHashMap<>();

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
        X509Certificate cached = cache.get(url);
        if (cached != null) {
            check.check(cached);
            return cached;
        }
        X509Certificate fetched = parse(fetcher.fetch(allowed(url)));
        check.check(fetched);
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(url, fetched);
        return fetched;
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
