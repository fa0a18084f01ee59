package dev.skyway.portal.incidents.internal.sns;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The GETs the portal makes towards SNS: the signing certificate and the SubscribeURL. Redirects are not followed (a
 * redirect could lead away from the allowed URL) and bodies are read up to {@value #MAX_BODY} bytes.
 */
public class SnsHttp implements CertificateFetcher {

    static final int MAX_BODY = 64 * 1024;

    private final HttpClient client;
    private final Duration timeout;

    public SnsHttp(Duration timeout) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.timeout = timeout;
    }

    @Override
    public byte[] fetch(URI url) {
        return get(url, "the signing certificate");
    }

    /**
     * @param what named in the error, e.g. "the signing certificate"
     * @return the body of a 2xx answer
     * @throws SigningCertificateUnavailableException on a network error, a timeout or any other status
     */
    public byte[] get(URI url, String what) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout).GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() / 100 != 2) {
                    throw new SigningCertificateUnavailableException(what + " answered HTTP " + response.statusCode());
                }
                byte[] bytes = body.readNBytes(MAX_BODY + 1);
                if (bytes.length > MAX_BODY) {
                    throw new SigningCertificateUnavailableException(what + " is larger than " + MAX_BODY + " bytes");
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new SigningCertificateUnavailableException(what + " could not be fetched: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SigningCertificateUnavailableException(what + " could not be fetched: interrupted", e);
        }
    }
}
