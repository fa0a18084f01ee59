package dev.skyway.portal.platform.notify.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.client.RestClient;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.skyway.portal.platform.notify.ChannelOutcome;
import dev.skyway.portal.platform.notify.Notification;

class WebhookChannelTests {

    static final String HOOK_PATH = "/services/T0001/B0001/s3cr3tT0k3n";

    @RegisterExtension
    static final WireMockExtension slack = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private static WebhookChannel channel(Duration readTimeout) {
        return WebhookChannel.create(RestClient.builder(), new NotificationProperties.Webhook(true,
                URI.create(slack.baseUrl() + HOOK_PATH), Duration.ofSeconds(2), readTimeout));
    }

    @Test
    void postsSlackJsonWithTheLinkInSlackForm() {
        slack.stubFor(post(HOOK_PATH).willReturn(ok("ok")));

        ChannelOutcome outcome = channel(Duration.ofSeconds(5)).deliver(new Notification(List.of(),
                "Budget exceeded", "Team Aurora spent 120% of its budget.", "https://portal.example.com/cost?team=a"));

        assertThat(outcome).isEqualTo(ChannelOutcome.sent("webhook"));
        slack.verify(1, postRequestedFor(urlEqualTo(HOOK_PATH))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"text": "*Budget exceeded*\\nTeam Aurora spent 120% of its budget.\\n\
                        <https://portal.example.com/cost?team=a|Open in Skyway>"}""")));
    }

    @Test
    void userTextCannotMentionEveryoneOrForgeLinks() {
        String text = WebhookChannel.text(new Notification(List.of(), "<!channel> & co", "see <http://evil|here>",
                "https://portal.example.com/x|y"));

        assertThat(text).isEqualTo("*&lt;!channel&gt; &amp; co*\nsee &lt;http://evil|here&gt;\n"
                + "<https://portal.example.com/x%7Cy|Open in Skyway>");
    }

    @Test
    void serverErrorIsAFailureThatDoesNotRevealTheUrl() {
        slack.stubFor(post(HOOK_PATH).willReturn(serverError().withBody("invalid_token " + HOOK_PATH)));

        assertThatThrownBy(() -> channel(Duration.ofSeconds(5)).deliver(Notification.of(List.of(), "s", "b")))
                .isInstanceOf(ChannelFailure.class)
                .hasMessage("webhook answered HTTP 500");
    }

    @Test
    void responseSlowerThanTheReadTimeoutIsAFailureThatDoesNotRevealTheUrl() {
        slack.stubFor(post(HOOK_PATH).willReturn(aResponse().withStatus(200).withFixedDelay(3_000)));

        assertThatThrownBy(() -> channel(Duration.ofMillis(200)).deliver(Notification.of(List.of(), "s", "b")))
                .isInstanceOf(ChannelFailure.class)
                .hasMessage("webhook not reachable: SocketTimeoutException");
    }
}
