package dev.skyway.portal.incidents.internal.sns;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.skyway.portal.incidents.InvalidPayloadException;
import dev.skyway.portal.incidents.internal.sns.SnsVerificationException.Reason;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The verifier and the subscription confirmer over real HTTP on loopback, with a CA made in the test as the only
 * trust anchor (read from a PEM file as {@code portal.incidents.sns.trust-anchors} would be): the certificate is
 * fetched from the allowed URL once; a certificate for another name, from another CA, expired, or not served is
 * refused; the SubscribeURL is visited only when it matches its pattern.
 */
class SnsLoopbackTests {

    static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    static final String TOPIC = "arn:aws:sns:eu-central-1:123456789012:alarms";
    static final String LOOPBACK_CERTS = "http://127\\.0\\.0\\.1:\\d+/[A-Za-z0-9._-]+\\.pem";
    static final String LOOPBACK_SUBSCRIBE = "http://127\\.0\\.0\\.1:\\d+/\\?Action=ConfirmSubscription&.*";

    @RegisterExtension
    static final WireMockExtension sns = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    static TestCertificates.Issued ca;
    static TestCertificates.Issued leaf;

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final SnsHttp http = new SnsHttp(Duration.ofSeconds(5));

    @BeforeAll
    static void authority() {
        ca = TestCertificates.authority("Skyway Test SNS CA", NOW.minus(Duration.ofDays(30)),
                NOW.plus(Duration.ofDays(365)));
        leaf = TestCertificates.leaf(ca, "sns.amazonaws.com", NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(90)));
    }

    static String base() {
        return "http://127.0.0.1:" + sns.getPort();
    }

    SnsSignatureVerifier verifier(Path anchorsFile) throws Exception {
        Files.writeString(anchorsFile, "# the test CA\n" + ca.pem());
        SigningCertificateCheck check = new SigningCertificateCheck(
                SnsConfiguration.anchors(new FileSystemResource(anchorsFile)), clock);
        return new SnsSignatureVerifier(new SigningCertificates(Pattern.compile(LOOPBACK_CERTS), http, check),
                clock, Duration.ofHours(1), meters);
    }

    String serve(String path, TestCertificates.Issued certificate) {
        sns.stubFor(get(path).willReturn(aResponse().withStatus(200).withBody(certificate.pem())));
        return base() + path;
    }

    SnsMessage signed(TestCertificates.Issued signer, String certificateUrl, String version) {
        return SnsMessage.parse(new SignedSnsMessages(signer.keys().getPrivate(), certificateUrl)
                .notification(TOPIC, "ALARM", "{\"AlarmName\":\"cpu\"}", NOW.minusSeconds(5), version), null);
    }

    @Test
    void aMessageSignedByTheTestCasLeafVerifiesAndTheCertificateIsFetchedOnce(@TempDir Path dir) throws Exception {
        SnsSignatureVerifier verifier = verifier(dir.resolve("anchors.pem"));
        String url = serve("/SimpleNotificationService-test.pem", leaf);

        verifier.verify(signed(leaf, url, "1"));
        verifier.verify(signed(leaf, url, "2"));

        sns.verify(1, getRequestedFor(urlPathEqualTo("/SimpleNotificationService-test.pem")));
    }

    @Test
    void aCertificateForAnotherNameIsRefused(@TempDir Path dir) throws Exception {
        TestCertificates.Issued other = TestCertificates.leaf(ca, "evil.example", NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(90)));
        String url = serve("/other-name.pem", other);

        assertThatThrownBy(() -> verifier(dir.resolve("anchors.pem")).verify(signed(other, url, "2")))
                .isInstanceOfSatisfying(SnsVerificationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.CERTIFICATE);
                    assertThat(e.getMessage()).contains("sns.amazonaws.com");
                });
        assertThat(meters.counter(SnsSignatureVerifier.REFUSED, "reason", "certificate").count()).isEqualTo(1);
    }

    @Test
    void aCertificateFromAnotherAuthorityIsRefused(@TempDir Path dir) throws Exception {
        TestCertificates.Issued otherCa = TestCertificates.authority("Someone Else", NOW.minus(Duration.ofDays(30)),
                NOW.plus(Duration.ofDays(365)));
        TestCertificates.Issued forged = TestCertificates.leaf(otherCa, "sns.amazonaws.com",
                NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(90)));
        String url = serve("/forged.pem", forged);

        assertThatThrownBy(() -> verifier(dir.resolve("anchors.pem")).verify(signed(forged, url, "1")))
                .isInstanceOfSatisfying(SnsVerificationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.CERTIFICATE);
                    assertThat(e.getMessage()).contains("trust anchors");
                });
    }

    @Test
    void anExpiredCertificateIsRefused(@TempDir Path dir) throws Exception {
        TestCertificates.Issued expired = TestCertificates.leaf(ca, "sns.amazonaws.com",
                NOW.minus(Duration.ofDays(100)), NOW.minus(Duration.ofDays(10)));
        String url = serve("/expired.pem", expired);

        assertThatThrownBy(() -> verifier(dir.resolve("anchors.pem")).verify(signed(expired, url, "1")))
                .isInstanceOfSatisfying(SnsVerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.CERTIFICATE));
    }

    @Test
    void aMessageSignedByAnotherKeyThanTheCertificatesIsRefused(@TempDir Path dir) throws Exception {
        TestCertificates.Issued other = TestCertificates.leaf(ca, "sns.amazonaws.com", NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(90)));
        String url = serve("/SimpleNotificationService-test.pem", leaf);

        assertThatThrownBy(() -> verifier(dir.resolve("anchors.pem")).verify(signed(other, url, "2")))
                .isInstanceOfSatisfying(SnsVerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.SIGNATURE));
    }

    @Test
    void anUnreachableCertificateAsksForARetryAndIsNotKept(@TempDir Path dir) throws Exception {
        SnsSignatureVerifier verifier = verifier(dir.resolve("anchors.pem"));
        sns.stubFor(get("/missing.pem").willReturn(aResponse().withStatus(503)));
        SnsMessage message = signed(leaf, base() + "/missing.pem", "1");

        assertThatThrownBy(() -> verifier.verify(message))
                .isInstanceOf(SigningCertificateUnavailableException.class).hasMessageContaining("503");
        serve("/missing.pem", leaf);
        verifier.verify(message);
    }

    @Test
    void aRedirectIsNotFollowed(@TempDir Path dir) throws Exception {
        sns.stubFor(get("/moved.pem").willReturn(aResponse().withStatus(302)
                .withHeader("Location", base() + "/SimpleNotificationService-test.pem")));
        serve("/SimpleNotificationService-test.pem", leaf);

        assertThatThrownBy(() -> verifier(dir.resolve("anchors.pem"))
                .verify(signed(leaf, base() + "/moved.pem", "1")))
                .isInstanceOf(SigningCertificateUnavailableException.class);
        sns.verify(0, getRequestedFor(urlPathEqualTo("/SimpleNotificationService-test.pem")));
    }

    @Test
    void aSubscriptionIsConfirmedByVisitingAnAllowedSubscribeUrlOnly() {
        sns.stubFor(get(urlPathEqualTo("/")).willReturn(aResponse().withStatus(200)
                .withBody("<ConfirmSubscriptionResponse/>")));
        SubscriptionConfirmer confirmer = new SubscriptionConfirmer(Pattern.compile(LOOPBACK_SUBSCRIBE), http);
        SignedSnsMessages messages = new SignedSnsMessages(leaf.keys().getPrivate(), "unused");
        String allowed = base() + "/?Action=ConfirmSubscription&TopicArn=" + TOPIC + "&Token=2336";
        String elsewhere = "http://localhost:" + sns.getPort() + "/?Action=ConfirmSubscription&Token=2336";

        confirmer.confirm(SnsMessage.parse(messages.subscriptionConfirmation(TOPIC, allowed, NOW), null));
        assertThatThrownBy(() -> confirmer.confirm(SnsMessage.parse(
                messages.subscriptionConfirmation(TOPIC, elsewhere, NOW), null)))
                .isInstanceOf(InvalidPayloadException.class).hasMessageContaining("not an allowed subscription URL");

        sns.verify(1, getRequestedFor(urlPathEqualTo("/")));
        assertThat(sns.getAllServeEvents().getFirst().getRequest().queryParameter("Token").firstValue())
                .isEqualTo("2336");
    }

    @Test
    void trustAnchorsWithoutACertificateFailTheStart(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.pem"), "no certificates here", StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> SnsConfiguration.anchors(new FileSystemResource(empty)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("holds no PEM certificate");
    }
}
