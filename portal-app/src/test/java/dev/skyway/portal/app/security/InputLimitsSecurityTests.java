package dev.skyway.portal.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.skyway.portal.PortalTestSupport;

/**
 * What the portal promises about input it did not ask for: API bodies are capped (1 MB by default) and refused
 * with 413 before they are read; an API path no controller maps is a 404 problem, never the UI's HTML; and an error
 * answer never repeats what was sent (no amplification, no reflected input). Over real HTTP, as a client sees it.
 */
class InputLimitsSecurityTests extends PortalTestSupport {

    static final int ONE_MEGABYTE = 1024 * 1024;

    @LocalServerPort
    int port;

    @Test
    void aBodyAboveTheLimitIsRefusedWith413AndASmallProblem() {
        HttpResponse<String> answer = send("POST", "/api/v1/account-requests",
                HttpRequest.BodyPublishers.ofString(jsonWithText(5 * ONE_MEGABYTE)));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertProblem(answer);
        assertThat(answer.body()).contains("larger than the portal accepts").hasSizeLessThan(1000);
    }

    @Test
    void aChunkedBodyWithoutLengthAboveTheLimitIsRefusedToo() {
        byte[] body = jsonWithText(2 * ONE_MEGABYTE).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answer = send("POST", "/api/v1/account-requests",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertProblem(answer);
    }

    @Test
    void aChunkedBodyBelowTheLimitIsReadAsUsual() {
        byte[] body = "{\"subjectType\":\"product-request\"}".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answer = send("POST", "/api/v1/approval-policies/preview",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

        assertThat(answer.statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownApiPathIsA404ProblemForGetAndPost() {
        for (String method : new String[] {"GET", "POST"}) {
            HttpResponse<String> answer = send(method, "/api/v1/nope", HttpRequest.BodyPublishers.ofString("{}"));

            assertThat(answer.statusCode()).as(method).isEqualTo(404);
            assertProblem(answer);
            assertThat(answer.body()).doesNotContain("<html");
        }
    }

    @Test
    void anUnknownApiPathAsksAnonymousCallersToAuthenticateFirst() {
        PortalHttp anonymous = new PortalHttp(port);
        HttpResponse<String> answer = anonymous.get("/api/v1/nope");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertProblem(answer);
    }

    @Test
    void aKnownApiPathWithAnotherMethodIsStill405() {
        HttpResponse<String> answer = send("DELETE", "/api/v1/me", HttpRequest.BodyPublishers.noBody());

        assertThat(answer.statusCode()).isEqualTo(405);
    }

    @Test
    void anErrorDoesNotEchoAnIdentifierThatWasSent() {
        String productId = "P" + "x".repeat(100_000);
        HttpResponse<String> answer = send("engineer", "POST", "/api/v1/requests", HttpRequest.BodyPublishers.ofString(
                "{\"productId\":\"" + productId + "\",\"environment\":\"dev\",\"accountId\":\"111122223333\"}"));

        assertThat(answer.statusCode()).isEqualTo(404);
        assertProblem(answer);
        assertThat(answer.body()).doesNotContain("x".repeat(300)).hasSizeLessThan(2_000);
    }

    @Test
    void anErrorDoesNotEchoUnreadableJson() {
        HttpResponse<String> answer = send("PUT", "/api/v1/approval-policies/current",
                HttpRequest.BodyPublishers.ofString("{\"rules\": [ecHoMarker-from-the-body]}"));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertProblem(answer);
        assertThat(answer.body()).contains("not valid JSON").doesNotContain("ecHoMarker");
    }

    @Test
    void anErrorDoesNotEchoAValueOfTheWrongType() {
        HttpResponse<String> answer = send("POST", "/api/v1/approval-policies/preview",
                HttpRequest.BodyPublishers.ofString("{\"subjectType\":\"product-request\",\"action\":\"ecHoMarker\"}"));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertProblem(answer);
        assertThat(answer.body()).doesNotContain("ecHoMarker");
    }

    @Test
    void anErrorDoesNotEchoManyFieldNamesThatWereSent() {
        StringBuilder body = new StringBuilder("{\"description\":\"d\"");
        for (int i = 0; i < 20_000; i++) {
            body.append(",\"unknownField").append(i).append("\":1");
        }
        HttpResponse<String> answer = send("PUT", "/api/v1/approval-policies/current",
                HttpRequest.BodyPublishers.ofString(body.append('}').toString()));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertProblem(answer);
        assertThat(answer.body()).hasSizeLessThan(20_000);
    }

    private HttpResponse<String> send(String method, String path, HttpRequest.BodyPublisher body) {
        return send("admin", method, path, body);
    }

    private HttpResponse<String> send(String user, String method, String path, HttpRequest.BodyPublisher body) {
        PortalHttp client = new PortalHttp(port);
        return client.send(client.request(path)
                .header("Authorization", PortalHttp.basic(user, "demo"))
                .header("Content-Type", "application/json")
                .method(method, body)
                .build());
    }

    private static String jsonWithText(int size) {
        return "{\"accountName\":\"" + "a".repeat(size) + "\"}";
    }

    private static void assertProblem(HttpResponse<String> answer) {
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("\"status\":" + answer.statusCode());
    }
}
