package dev.skyway.portal.platform.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import java.net.URI;
import java.time.Duration;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * AWS's JSON 1.1 protocol as Service Catalog speaks it ({@code X-Amz-Target}, errors as {@code __type} and
 * {@code message} with the request id in {@code x-amzn-RequestId}), and factories pointed at WireMock.
 */
final class ServiceCatalogStubs {

    static final String TARGET = "AWS242ServiceCatalogService.";
    static final String JSON = "application/x-amz-json-1.1";

    private ServiceCatalogStubs() {
    }

    /** Static credentials, eu-central-1, {@code attempts} tries per call. */
    static AwsClientFactory factory(String baseUrl, int attempts) {
        AwsProperties properties = new AwsProperties(AwsMode.AWS, "eu-central-1", null, null, null,
                URI.create(baseUrl), Duration.ofSeconds(20), Duration.ofSeconds(5), attempts);
        return new AwsClientFactory(properties,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")));
    }

    static MappingBuilder operation(String name) {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET + name));
    }

    static RequestPatternBuilder requested(String name) {
        return postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET + name));
    }

    static ResponseDefinitionBuilder ok(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", JSON).withHeader("x-amzn-RequestId", "req-ok")
                .withBody(body);
    }

    static ResponseDefinitionBuilder error(int status, String type, String message, String requestId) {
        return aResponse().withStatus(status).withHeader("Content-Type", JSON)
                .withHeader("x-amzn-RequestId", requestId)
                .withBody("{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}");
    }

    static String record(String status, String nextPageToken, String... outputs) {
        StringBuilder json = new StringBuilder("{\"RecordDetail\":{\"RecordId\":\"rec-1\",\"Status\":\"" + status
                + "\"},\"RecordOutputs\":[");
        for (int i = 0; i < outputs.length; i++) {
            json.append(i == 0 ? "" : ",").append("{\"OutputKey\":\"").append(outputs[i])
                    .append("\",\"OutputValue\":\"v-").append(outputs[i]).append("\"}");
        }
        json.append("]");
        if (nextPageToken != null) {
            json.append(",\"NextPageToken\":\"").append(nextPageToken).append("\"");
        }
        return json.append("}").toString();
    }
}
