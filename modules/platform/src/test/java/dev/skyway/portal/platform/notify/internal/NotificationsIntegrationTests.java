package dev.skyway.portal.platform.notify.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import dev.skyway.portal.platform.notify.ChannelOutcome;
import dev.skyway.portal.platform.notify.ChannelOutcome.Status;
import dev.skyway.portal.platform.notify.Notification;
import dev.skyway.portal.platform.notify.NotificationReport;
import dev.skyway.portal.platform.notify.Notifications;

/** The facade with the real configuration: which channels exist, and that one failing channel harms nobody. */
@ExtendWith(OutputCaptureExtension.class)
class NotificationsIntegrationTests {

    static final String HOOK_PATH = "/services/T0001/B0001/s3cr3tT0k3n";

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @RegisterExtension
    static final WireMockExtension slack = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    private ApplicationContextRunner runner;
    private ApplicationContextRunner bothEnabled;

    @BeforeEach
    void runnerOnGreenMailAndWireMock() { // GreenMail starts per test, so its port is known only now
        runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
                .withUserConfiguration(NotificationConfiguration.class)
                .withBean(Notifications.class)
                .withPropertyValues("spring.mail.host=127.0.0.1", "spring.mail.port=" + greenMail.getSmtp().getPort(),
                        "portal.notifications.email.from=skyway@example.com",
                        "portal.notifications.webhook.url=" + slack.baseUrl() + HOOK_PATH);
        bothEnabled = runner.withPropertyValues(
                "portal.notifications.email.enabled=true", "portal.notifications.webhook.enabled=true");
    }

    private static final Notification APPROVED = new Notification(List.of("ana@example.com"),
            "Request 42 approved", "On its way.", "https://portal.example.com/requests/42");

    @Test
    void channelsAreOffByDefaultAndSendNothing() {
        slack.stubFor(post(HOOK_PATH).willReturn(ok()));
        runner.run(context -> {
            assertThat(context).doesNotHaveBean(NotificationChannel.class);

            NotificationReport report = context.getBean(Notifications.class).send(APPROVED);

            assertThat(report.outcomes()).isEmpty();
            assertThat(greenMail.getReceivedMessages()).isEmpty();
            slack.verify(0, anyRequestedFor(anyUrl()));
        });
    }

    @Test
    void enabledChannelsBothDeliver() {
        slack.stubFor(post(HOOK_PATH).willReturn(ok("ok")));
        bothEnabled.run(context -> {
            NotificationReport report = context.getBean(Notifications.class).send(APPROVED);

            assertThat(report.outcomes()).containsExactly(ChannelOutcome.sent("email"), ChannelOutcome.sent("webhook"));
            assertThat(greenMail.getReceivedMessages()).hasSize(1);
            slack.verify(postRequestedFor(anyUrl()).withRequestBody(equalToJson("""
                    {"text": "*Request 42 approved*\\nOn its way.\\n<https://portal.example.com/requests/42|Open in Skyway>"}""")));
        });
    }

    @Test
    void webhookServerErrorDoesNotStopTheEmailNorLeakTheUrl(CapturedOutput output) {
        slack.stubFor(post(HOOK_PATH).willReturn(serverError()));
        bothEnabled.run(context -> {
            NotificationReport report = context.getBean(Notifications.class).send(new Notification(
                    List.of("ana@example.com"), "Budget\nFORGED LOG LINE", "b", null));

            assertThat(report.of("webhook")).contains(ChannelOutcome.failed("webhook", "webhook answered HTTP 500"));
            assertThat(report.of("email")).contains(ChannelOutcome.sent("email"));
            assertThat(greenMail.getReceivedMessages()).hasSize(1);
        });
        assertThat(output).contains("Notification 'Budget FORGED LOG LINE' not sent by webhook: webhook answered HTTP 500")
                .doesNotContain("s3cr3tT0k3n").doesNotContain("\nFORGED LOG LINE");
    }

    @Test
    void webhookTimeoutDoesNotStopTheEmail(CapturedOutput output) {
        slack.stubFor(post(HOOK_PATH).willReturn(aResponse().withStatus(200).withFixedDelay(3_000)));
        bothEnabled.withPropertyValues("portal.notifications.webhook.read-timeout=200ms").run(context -> {
            NotificationReport report = context.getBean(Notifications.class).send(APPROVED);

            assertThat(report.of("webhook").map(ChannelOutcome::status)).contains(Status.FAILED);
            assertThat(report.of("email")).contains(ChannelOutcome.sent("email"));
            assertThat(greenMail.getReceivedMessages()).hasSize(1);
        });
        assertThat(output).contains("not sent by webhook").doesNotContain("s3cr3tT0k3n");
    }

    @Test
    void emailFailureDoesNotStopTheWebhook() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        slack.stubFor(post(HOOK_PATH).willReturn(ok("ok")));
        bothEnabled.withPropertyValues("spring.mail.port=" + closedPort).run(context -> {
            NotificationReport report = context.getBean(Notifications.class).send(APPROVED);

            assertThat(report.of("email").map(ChannelOutcome::status)).contains(Status.FAILED);
            assertThat(report.of("webhook")).contains(ChannelOutcome.sent("webhook"));
            slack.verify(1, postRequestedFor(anyUrl()));
        });
    }

    @Test
    void emailWithoutRecipientsIsSkippedWhileTheWebhookPosts() {
        slack.stubFor(post(HOOK_PATH).willReturn(ok("ok")));
        bothEnabled.run(context -> {
            NotificationReport report = context.getBean(Notifications.class)
                    .send(Notification.of(List.of(), "Nightly sync finished", "12 products updated."));

            assertThat(report.outcomes()).extracting(ChannelOutcome::status).containsExactly(Status.SKIPPED, Status.SENT);
            assertThat(report.anyFailed()).isFalse();
            assertThat(greenMail.getReceivedMessages()).isEmpty();
        });
    }

    @Test
    void enabledEmailWithoutSenderAddressRefusesToStart() {
        runner.withPropertyValues("portal.notifications.email.enabled=true", "portal.notifications.email.from=")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("portal.notifications.email.from is required"));
    }

    @Test
    void enabledWebhookWithoutUrlRefusesToStart() {
        runner.withPropertyValues("portal.notifications.webhook.enabled=true", "portal.notifications.webhook.url=")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("portal.notifications.webhook.url (http or https) is required"));
    }
}
