package dev.skyway.portal.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;

/**
 * In production (the oidc profile) the actuator's info (build and git details) and metrics are served on the
 * management port only, which operators keep inside the cluster; the main port keeps health open for load
 * balancers and probes.
 */
class ManagementPortTests extends OidcIntegrationTestSupport {

    @LocalManagementPort
    int managementPort;

    @Test
    void infoAndMetricsAreNotServedOnTheMainPort() {
        Browser anonymous = new Browser();
        for (String path : new String[] {"/actuator/info", "/actuator/prometheus"}) {
            HttpResponse<String> answer = anonymous.get(app(path));

            assertThat(answer.statusCode()).as(path).isNotEqualTo(200);
            assertThat(answer.body()).as(path).doesNotContain("skyway-portal-app").doesNotContain("jvm_memory");
        }
    }

    @Test
    void infoAndMetricsAreServedOnTheManagementPort() {
        assertThat(managementPort).isNotEqualTo(port);
        Browser scraper = new Browser();

        HttpResponse<String> info = scraper.send(HttpRequest.newBuilder(management("/actuator/info")).build());
        assertThat(info.statusCode()).as(info.body()).isEqualTo(200);
        assertThat(json(info).at("/build/artifact").asString()).isEqualTo("skyway-portal-app");

        HttpResponse<String> metrics = scraper.send(HttpRequest.newBuilder(management("/actuator/prometheus")).build());
        assertThat(metrics.statusCode()).as(metrics.body()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void healthStaysOpenOnTheMainPort() {
        Browser loadBalancer = new Browser();
        for (String path : new String[] {"/health", "/livez", "/readyz"}) {
            HttpResponse<String> answer = loadBalancer.get(app(path));

            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(json(answer).get("status").asString()).as(path).isEqualTo("UP");
        }
    }

    private URI management(String path) {
        return URI.create("http://127.0.0.1:" + managementPort + path);
    }
}
