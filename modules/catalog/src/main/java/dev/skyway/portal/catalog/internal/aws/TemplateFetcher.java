package dev.skyway.portal.catalog.internal.aws;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import dev.skyway.portal.catalog.internal.CatalogSourceException;

/**
 * Downloads a provisioning artifact's template from its URL (a presigned S3 URL from DescribeProvisioningArtifact),
 * with a timeout and a size limit. The URL's query (the signature) never appears in messages or logs.
 */
public class TemplateFetcher {

    private final HttpClient http;
    private final Duration timeout;
    private final int maxBytes;

    public TemplateFetcher(Duration timeout, int maxBytes) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /**
     * @throws CatalogSourceException when the template cannot be fetched, is not HTTP(S), or is too large
     */
    public String fetch(URI url) {
        String where = url.getScheme() + "://" + url.getHost() + url.getPath();
        if (!"https".equals(url.getScheme()) && !"http".equals(url.getScheme())) {
            throw new CatalogSourceException("Template URL is not HTTP(S): " + where, null, null);
        }
        try {
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(url).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new CatalogSourceException("Fetching the template " + where + " answered HTTP "
                            + response.statusCode(), response.headers().firstValue("x-amz-request-id").orElse(null),
                            null);
                }
                byte[] bytes = body.readNBytes(maxBytes + 1);
                if (bytes.length > maxBytes) {
                    throw new CatalogSourceException("The template " + where + " is larger than " + maxBytes
                            + " bytes", null, null);
                }
                return new String(bytes, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new CatalogSourceException("Could not fetch the template " + where + ": " + e.getMessage(), null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CatalogSourceException("Interrupted while fetching the template " + where, null, e);
        }
    }
}
