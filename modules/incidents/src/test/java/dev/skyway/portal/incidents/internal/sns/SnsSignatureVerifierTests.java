package dev.skyway.portal.incidents.internal.sns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

import dev.skyway.portal.incidents.internal.IncidentsProperties;
import dev.skyway.portal.incidents.internal.sns.SnsVerificationException.Reason;
import dev.skyway.testsupport.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The verifier against AWS's own signed messages (aws-sdk-java-v2's SNS message manager fixtures, signed on
 * 2026-03-06 with a certificate valid until 2026-10-14, hence the fixed clock) and the shipped trust anchors: every
 * message type and both signature versions verify; a tampered field, a certificate from another host, a replayed old
 * message, an expired certificate and an unknown signature version are refused and counted; the certificate is
 * fetched once.
 */
class SnsSignatureVerifierTests {

    static final Instant SIGNED_DAY = Instant.parse("2026-03-06T20:05:00Z");
    static final String CERT_URL = "https://sns.us-west-2.amazonaws.com/"
            + "SimpleNotificationService-7506a1e35b36ef5a444dd1a8e7cc3ed8.pem";
    static final JsonMapper JSON = JsonMapper.builder().build();

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final List<URI> fetched = new ArrayList<>();

    SnsSignatureVerifier verifier(Instant now, Duration maxAge) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        SigningCertificateCheck check = new SigningCertificateCheck(SnsConfiguration.anchors(
                new ClassPathResource("incidents/sns-trust-anchors.pem")), clock);
        CertificateFetcher fetcher = url -> {
            fetched.add(url);
            return resource("sns/aws/SimpleNotificationService-7506a1e35b36ef5a444dd1a8e7cc3ed8.pem");
        };
        return new SnsSignatureVerifier(new SigningCertificates(
                Pattern.compile(IncidentsProperties.Sns.DEFAULT_CERT_URL_PATTERN), fetcher, check),
                clock, maxAge, meters);
    }

    SnsSignatureVerifier verifier() {
        return verifier(SIGNED_DAY, Duration.ofHours(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"notification-with-subject", "notification-no-subject", "notification-signature-v2",
            "subscription-confirmation", "unsubscribe-confirmation"})
    void awsSignedMessagesOfEveryTypeAndBothVersionsVerify(String fixture) {
        verifier().verify(fixture(fixture));

        assertThat(fetched).containsExactly(URI.create(CERT_URL));
        assertThat(refused("signature")).isZero();
    }

    @Test
    void theCertificateIsFetchedOnceAndKept() {
        SnsSignatureVerifier verifier = verifier();

        verifier.verify(fixture("notification-with-subject"));
        verifier.verify(fixture("notification-signature-v2"));
        verifier.verify(fixture("subscription-confirmation"));

        assertThat(fetched).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Message", "MessageId", "Subject", "Timestamp", "TopicArn"})
    void aTamperedSignedFieldIsRefused(String field) {
        SnsMessage tampered = fixture("notification-with-subject", json -> json.put(field,
                "Timestamp".equals(field) ? "2026-03-06T19:53:21.425Z" : json.get(field).stringValue() + "x"));

        assertThatThrownBy(() -> verifier().verify(tampered)).isInstanceOfSatisfying(SnsVerificationException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.SIGNATURE));
        assertThat(refused("signature")).isEqualTo(1);
    }

    @Test
    void aSubjectAddedToASubjectlessNotificationOrATamperedTokenIsRefused() {
        SnsMessage withSubject = fixture("notification-no-subject", json -> json.put("Subject", "Added"));
        SnsMessage otherToken = fixture("subscription-confirmation", json -> json.put("Token", "00"));
        SnsMessage otherSignature = fixture("notification-signature-v2", json -> json.put("Signature",
                fixtureJson("notification-no-subject").get("Signature").stringValue()));

        for (SnsMessage message : List.of(withSubject, otherToken, otherSignature)) {
            assertThatThrownBy(() -> verifier().verify(message)).isInstanceOf(SnsVerificationException.class);
        }
        assertThat(refused("signature")).isEqualTo(3);
    }

    @Test
    void aVersionOneSignatureClaimedAsVersionTwoIsRefused() {
        SnsMessage claimed = fixture("notification-with-subject", json -> json.put("SignatureVersion", "2"));
        SnsMessage unknown = fixture("notification-with-subject", json -> json.put("SignatureVersion", "3"));

        assertThatThrownBy(() -> verifier().verify(claimed)).isInstanceOfSatisfying(SnsVerificationException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.SIGNATURE));
        assertThatThrownBy(() -> verifier().verify(unknown)).isInstanceOfSatisfying(SnsVerificationException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.SIGNATURE_VERSION));
        assertThat(refused("signature-version")).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://sns.us-west-2.amazonaws.com.evil.example/SimpleNotificationService-1.pem",
            "https://evil.example/SimpleNotificationService-7506a1e35b36ef5a444dd1a8e7cc3ed8.pem",
            "http://sns.us-west-2.amazonaws.com/SimpleNotificationService-7506a1e35b36ef5a444dd1a8e7cc3ed8.pem",
            "https://sns.us-west-2.amazonaws.com@evil.example/SimpleNotificationService-1.pem",
            "https://sns.us-west-2.amazonaws.com/SimpleNotificationService-1.pem?x=https://evil.example/a.pem",
            "https://s3.amazonaws.com/SimpleNotificationService-1.pem"})
    void aCertificateFromAnotherPlaceIsNeverFetched(String url) {
        SnsMessage moved = fixture("notification-with-subject", json -> json.put("SigningCertURL", url));

        assertThatThrownBy(() -> verifier().verify(moved)).isInstanceOfSatisfying(SnsVerificationException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.CERTIFICATE_URL));
        assertThat(fetched).isEmpty();
        assertThat(refused("certificate-url")).isEqualTo(1);
    }

    @Test
    void theDefaultPatternAllowsEveryRegionAndChina() {
        var pattern = Pattern.compile(IncidentsProperties.Sns.DEFAULT_CERT_URL_PATTERN);

        assertThat(pattern.matcher(CERT_URL).matches()).isTrue();
        assertThat(pattern.matcher("https://sns.cn-north-1.amazonaws.com.cn/SimpleNotificationService-1.pem")
                .matches()).isTrue();
        assertThat(pattern.matcher("https://sns.eu-central-1.amazonaws.com/SimpleNotificationService-2.pem")
                .matches()).isTrue();
    }

    @Test
    void aReplayedOldMessageAndOneFromTheFutureAreRefused() {
        SnsMessage message = fixture("notification-with-subject");

        assertThatThrownBy(() -> verifier(Instant.parse("2026-03-06T20:53:22Z"), Duration.ofHours(1))
                .verify(message)).isInstanceOfSatisfying(SnsVerificationException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.TIMESTAMP));
        assertThatThrownBy(() -> verifier(Instant.parse("2026-03-06T19:40:00Z"), Duration.ofHours(1))
                .verify(message)).isInstanceOfSatisfying(SnsVerificationException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.TIMESTAMP));
        assertThat(fetched).isEmpty();
        assertThat(refused("timestamp")).isEqualTo(2);
    }

    @Test
    void aCertificateThatExpiredIsRefusedEvenForAFreshEnoughMessage() {
        SnsMessage message = fixture("notification-with-subject");

        assertThatThrownBy(() -> verifier(Instant.parse("2026-10-15T00:00:01Z"), Duration.ofDays(365))
                .verify(message)).isInstanceOfSatisfying(SnsVerificationException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.CERTIFICATE));
        assertThat(refused("certificate")).isEqualTo(1);
    }

    @Test
    void aKeptCertificateIsCheckedAgainOnEveryUse() {
        MutableClock clock = new MutableClock();
        clock.set(SIGNED_DAY);
        SigningCertificateCheck check = new SigningCertificateCheck(SnsConfiguration.anchors(
                new ClassPathResource("incidents/sns-trust-anchors.pem")), clock);
        SnsSignatureVerifier verifier = new SnsSignatureVerifier(new SigningCertificates(
                Pattern.compile(IncidentsProperties.Sns.DEFAULT_CERT_URL_PATTERN),
                url -> resource("sns/aws/SimpleNotificationService-7506a1e35b36ef5a444dd1a8e7cc3ed8.pem"), check),
                clock, Duration.ofDays(365), meters);
        SnsMessage message = fixture("notification-with-subject");
        verifier.verify(message);

        clock.set(Instant.parse("2026-10-15T00:00:01Z"));

        assertThatThrownBy(() -> verifier.verify(message)).isInstanceOfSatisfying(SnsVerificationException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.CERTIFICATE));
    }

    @Test
    void aMissingSignatureOrCertificateUrlIsRefused() {
        SnsMessage unsigned = fixture("notification-with-subject", json -> json.remove("Signature"));
        SnsMessage noUrl = fixture("notification-with-subject", json -> json.remove("SigningCertURL"));

        assertThatThrownBy(() -> verifier().verify(unsigned)).isInstanceOfSatisfying(SnsVerificationException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.SIGNATURE));
        assertThatThrownBy(() -> verifier().verify(noUrl)).isInstanceOfSatisfying(SnsVerificationException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.CERTIFICATE_URL));
    }

    double refused(String reason) {
        return meters.counter(SnsSignatureVerifier.REFUSED, "reason", reason).count();
    }

    static SnsMessage fixture(String name, Consumer<ObjectNode> change) {
        ObjectNode json = fixtureJson(name);
        change.accept(json);
        return SnsMessage.parse(JSON.writeValueAsString(json), null);
    }

    static SnsMessage fixture(String name) {
        return SnsMessage.parse(new String(resource("sns/aws/" + name + ".json"), StandardCharsets.UTF_8), null);
    }

    static ObjectNode fixtureJson(String name) {
        return (ObjectNode) JSON.readTree(resource("sns/aws/" + name + ".json"));
    }

    static byte[] resource(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
