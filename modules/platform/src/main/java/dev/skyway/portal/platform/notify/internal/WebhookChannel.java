package dev.skyway.portal.platform.notify.internal;

import java.net.URI;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import dev.skyway.portal.platform.notify.ChannelOutcome;
import dev.skyway.portal.platform.notify.Notification;

/**
 * Posts {@code {"text": "..."}} to a Slack-compatible incoming webhook (Slack, Mattermost, Rocket.Chat...).
 * The URL is a secret: it appears in no log line and no failure message (Spring's exception messages contain it,
 * so they are never passed on).
 */
class WebhookChannel implements NotificationChannel {

    static final String NAME = "webhook";
    static final String LINK_LABEL = "Open in Skyway";

    private final RestClient restClient;
    private final URI url;

    private WebhookChannel(RestClient restClient, URI url) {
        this.restClient = restClient;
        this.url = url;
    }

    /** A channel posting to {@code webhook.url()} with its connect and read timeouts, on top of {@code builder}. */
    static WebhookChannel create(RestClient.Builder builder, NotificationProperties.Webhook webhook) {
        SimpleClientHttpRequestFactory requestFactory = new SimpleClientHttpRequestFactory();
        requestFactory.setConnectTimeout(webhook.connectTimeout());
        requestFactory.setReadTimeout(webhook.readTimeout());
        return new WebhookChannel(builder.requestFactory(requestFactory).build(), webhook.url());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ChannelOutcome deliver(Notification notification) {
        try {
            restClient.post().uri(url)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("text", text(notification)))
                    .retrieve()
                    .toBodilessEntity();
        } catch (RestClientResponseException e) {
            throw new ChannelFailure("webhook answered HTTP " + e.getStatusCode().value());
        } catch (ResourceAccessException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new ChannelFailure("webhook not reachable: " + cause.getClass().getSimpleName());
        } catch (RestClientException e) {
            throw new ChannelFailure("webhook call failed: " + e.getClass().getSimpleName());
        }
        return ChannelOutcome.sent(NAME);
    }

    /** Slack mrkdwn: bold subject, body, then the link as {@code <url|label>}. */
    static String text(Notification notification) {
        StringBuilder text = new StringBuilder()
                .append('*').append(escape(notification.subject())).append('*');
        if (!notification.body().isEmpty()) {
            text.append('\n').append(escape(notification.body()));
        }
        if (notification.link() != null) {
            text.append('\n').append('<').append(linkTarget(notification.link())).append('|').append(LINK_LABEL)
                    .append('>');
        }
        return text.toString();
    }

    /** Slack reads {@code <...>} as links and mentions: user text must not create them. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Characters that would end the {@code <url|label>} form early are percent-encoded. */
    private static String linkTarget(String url) {
        return url.replace("|", "%7C").replace("<", "%3C").replace(">", "%3E").replace(" ", "%20");
    }
}
