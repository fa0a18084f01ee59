package dev.skyway.portal.incidents.internal.sns;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

import dev.skyway.portal.incidents.InvalidPayloadException;
import dev.skyway.portal.incidents.internal.Json;

/**
 * Confirms a subscription the way SNS asks: by visiting the (verified) message's SubscribeURL, and only when that URL
 * matches {@code portal.incidents.sns.subscribe-url-pattern} as a whole, so a signed message cannot make the portal
 * call anywhere else.
 */
public class SubscriptionConfirmer {

    private final Pattern allowedUrl;
    private final SnsHttp http;

    public SubscriptionConfirmer(Pattern allowedUrl, SnsHttp http) {
        this.allowedUrl = allowedUrl;
        this.http = http;
    }

    /**
     * @throws InvalidPayloadException                when the message has no SubscribeURL or one that is not allowed
     * @throws SigningCertificateUnavailableException when SNS did not answer the visit with a 2xx (retry later)
     */
    public void confirm(SnsMessage message) {
        String url = message.subscribeUrl();
        if (url == null) {
            throw new InvalidPayloadException("SubscribeURL: required to confirm a subscription");
        }
        if (!allowedUrl.matcher(url).matches()) {
            throw new InvalidPayloadException("SubscribeURL: '" + Json.shortened(url)
                    + "' is not an allowed subscription URL");
        }
        try {
            http.get(new URI(url), "the SubscribeURL");
        } catch (URISyntaxException e) {
            throw new InvalidPayloadException("SubscribeURL: is not a URL");
        }
    }
}
