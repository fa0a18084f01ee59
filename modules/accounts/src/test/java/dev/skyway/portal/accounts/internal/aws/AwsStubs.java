package dev.skyway.portal.accounts.internal.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.net.URI;
import java.time.Duration;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.platform.aws.AwsProperties;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * WireMock stubs for AWS's JSON protocol (Organizations, Service Catalog, Budgets: {@code X-Amz-Target}) and the
 * platform's client factory pointed at WireMock, as production builds its clients.
 */
final class AwsStubs {

    static final String JSON = "application/x-amz-json-1.1";

    private AwsStubs() {
    }

    /** Clients from the platform factory: static credentials, eu-central-1, {@code attempts} tries per call. */
    static AwsClientFactory factory(WireMockExtension aws, int attempts) {
        AwsProperties properties = new AwsProperties(AwsMode.AWS, "eu-central-1", null, null, null,
                URI.create(aws.baseUrl()), Duration.ofSeconds(20), Duration.ofSeconds(5), attempts);
        return new AwsClientFactory(properties,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")));
    }

    /** A JSON-protocol operation, e.g. {@code jsonOperation("AWSOrganizationsV20161128.", "CreateAccount")}. */
    static MappingBuilder jsonOperation(String targetPrefix, String name) {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(targetPrefix + name))
                .withHeader("Content-Type", equalTo(JSON));
    }

    static RequestPatternBuilder jsonRequested(String targetPrefix, String name) {
        return postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(targetPrefix + name));
    }

    static ResponseDefinitionBuilder jsonOk(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", JSON)
                .withHeader("x-amzn-RequestId", "req-ok").withBody(body);
    }

    static ResponseDefinitionBuilder jsonError(int status, String type, String message, String requestId) {
        return jsonError(status, type, message, requestId, "");
    }

    /** {@code extra}: more members of the error body, e.g. {@code ,"Reason":"..."} */
    static ResponseDefinitionBuilder jsonError(int status, String type, String message, String requestId,
                                               String extra) {
        return aResponse().withStatus(status).withHeader("Content-Type", JSON)
                .withHeader("x-amzn-RequestId", requestId)
                .withBody("{\"__type\":\"" + type + "\",\"Message\":\"" + message + "\"" + extra + "}");
    }
}
