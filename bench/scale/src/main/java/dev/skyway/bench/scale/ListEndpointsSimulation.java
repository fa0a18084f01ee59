package dev.skyway.bench.scale;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.List;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The main REST list endpoints under concurrent load: {@code users} virtual users (default 50) at once for
 * {@code seconds} (default 120), each going through every list as the role that reads it, with a think time of
 * {@code pause} ms (default 1000) between requests, as a person clicking through the portal does. HTTP Basic with
 * the demo users, as the local profile's API takes them.
 */
public class ListEndpointsSimulation extends Simulation {

    record Endpoint(String name, String user, String path) {
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET /api/v1/me (authentication only)", "engineer", "/api/v1/me"),
            new Endpoint("GET /api/v1/requests", "engineer", "/api/v1/requests"),
            new Endpoint("GET /api/v1/approvals", "approver", "/api/v1/approvals"),
            new Endpoint("GET /api/v1/accounts", "engineer", "/api/v1/accounts"),
            new Endpoint("GET /api/v1/catalog/products", "engineer", "/api/v1/catalog/products"),
            new Endpoint("GET /api/v1/cost/breakdown (month by team)", "finance",
                    "/api/v1/cost/breakdown?start=2026-10-01&end=2026-11-01&groupBy=team"),
            new Endpoint("GET /api/v1/cost/overview", "finance", "/api/v1/cost/overview"),
            new Endpoint("GET /api/v1/compliance/findings", "security", "/api/v1/compliance/findings?status=FAIL"),
            new Endpoint("GET /api/v1/compliance/frameworks", "security", "/api/v1/compliance/frameworks"),
            new Endpoint("GET /api/v1/incidents", "engineer", "/api/v1/incidents"),
            new Endpoint("GET /api/v1/incidents/alerts", "engineer", "/api/v1/incidents/alerts"),
            new Endpoint("GET /api/v1/audit/entries", "security", "/api/v1/audit/entries?limit=50"));

    {
        String base = System.getProperty("portal", "http://127.0.0.1:18080");
        int users = Integer.getInteger("users", 50);
        Duration during = Duration.ofSeconds(Integer.getInteger("seconds", 120));
        Duration pause = Duration.ofMillis(Integer.getInteger("pause", 1000));
        HttpProtocolBuilder protocol = http.baseUrl(base).acceptHeader("application/json").disableCaching()
                .shareConnections();
        ChainBuilder chain = exec(ENDPOINTS.stream().map(e -> exec(http(e.name()).get(e.path())
                .basicAuth(e.user(), "demo").check(status().is(200))).pause(pause)).toList());
        ScenarioBuilder lists = scenario("list endpoints").exec(chain);
        setUp(lists.injectClosed(constantConcurrentUsers(users).during(during))).protocols(protocol)
                .maxDuration(during.plusSeconds(60));
    }
}
