package dev.skyway.portal.compliance.internal.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.platform.aws.AwsProperties;
import dev.skyway.testsupport.MutableClock;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * What the adapter tests share: the platform's client factory pointed at WireMock (static credentials,
 * eu-central-1, as production builds clients), a clock that only the recorded pauses move, and the fixture files
 * under {@code aws/}.
 */
final class AwsStubs {

    static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");

    private AwsStubs() {
    }

    /** @param attempts the SDK's own attempts per call (1: only the adapters' retries, whose pauses are recorded) */
    static AwsClientFactory factory(WireMockExtension aws, int attempts) {
        return new AwsClientFactory(new AwsProperties(AwsMode.AWS, "eu-central-1", null, null, null,
                URI.create(aws.baseUrl()), Duration.ofSeconds(20), Duration.ofSeconds(5), attempts),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")));
    }

    static String fixture(String path) {
        try (InputStream in = AwsStubs.class.getResourceAsStream("/aws/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture aws/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A REST-JSON answer (Security Hub). */
    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("x-amzn-RequestId", "5b1f9e2c-7a3d-4e8b-9c0f-1d2e3f4a5b6c").withBody(body);
    }

    /** A REST-JSON error: the type in {@code x-amzn-ErrorType}, the message in the body. */
    static ResponseDefinitionBuilder restJsonError(int status, String type, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("x-amzn-RequestId", "req-" + type).withHeader("x-amzn-ErrorType", type)
                .withBody("{\"Code\":\"" + type + "\",\"Message\":\"" + message + "\"}");
    }

    /** Waits that only move the test's clock, and remember how long they were. */
    static final class Pauses implements Sleeper {

        final MutableClock clock = new MutableClock();
        final List<Duration> pauses = new ArrayList<>();

        Pauses() {
            clock.set(NOW);
        }

        @Override
        public void sleep(Duration pause) {
            pauses.add(pause);
            clock.advance(pause);
        }
    }
}
