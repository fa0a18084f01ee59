package dev.skyway.bench.scale;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.List;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The main REST list endpoints under concurrent load: {@code users} virtual users (default 50; 2 in 5 engineers,
 * the rest approvers, finance and security people) log in once through the login form, as a person does, and then
 * go through their role's lists again and again for {@code seconds} (default 120), with {@code pause} ms (default
 * 1000) of think time between requests; their session cookie authenticates each request. Once per round an engineer
 * also calls {@code /api/v1/me} with HTTP Basic, as an API client does, to show what a password check per request
 * costs.
 */
public class ListEndpointsSimulation extends Simulation {

    record Endpoint(String name, String path) {
    }

    record Role(String user, int share, List<Endpoint> endpoints) {
    }

    static final List<Role> ROLES = List.of(
            new Role("engineer", 4, List.of(
                    new Endpoint("GET /api/v1/requests", "/api/v1/requests"),
                    new Endpoint("GET /api/v1/accounts", "/api/v1/accounts"),
                    new Endpoint("GET /api/v1/catalog/products", "/api/v1/catalog/products"),
                    new Endpoint("GET /api/v1/incidents", "/api/v1/incidents"),
                    new Endpoint("GET /api/v1/incidents/alerts", "/api/v1/incidents/alerts"))),
            new Role("approver", 2, List.of(
                    new Endpoint("GET /api/v1/approvals", "/api/v1/approvals"),
                    new Endpoint("GET /api/v1/requests", "/api/v1/requests"))),
            new Role("finance", 2, List.of(
                    new Endpoint("GET /api/v1/cost/breakdown (month by team)",
                            "/api/v1/cost/breakdown?start=2026-10-01&end=2026-11-01&groupBy=team"),
                    new Endpoint("GET /api/v1/cost/overview", "/api/v1/cost/overview"))),
            new Role("security", 2, List.of(
                    new Endpoint("GET /api/v1/compliance/findings?status=FAIL", "/api/v1/compliance/findings?status=FAIL"),
                    new Endpoint("GET /api/v1/compliance/frameworks", "/api/v1/compliance/frameworks"),
                    new Endpoint("GET /api/v1/audit/entries", "/api/v1/audit/entries?limit=50"))));

    {
        String base = System.getProperty("portal", "http://127.0.0.1:18080");
        int users = Integer.getInteger("users", 50);
        Duration loop = Duration.ofSeconds(Integer.getInteger("seconds", 120));
        Duration pause = Duration.ofMillis(Integer.getInteger("pause", 1000));
        Duration ramp = Duration.ofSeconds(Math.max(1, users / 5));
        HttpProtocolBuilder protocol = http.baseUrl(base).acceptHeader("application/json").disableCaching()
                .disableFollowRedirect();
        int shares = ROLES.stream().mapToInt(Role::share).sum();
        List<PopulationBuilder> populations = ROLES.stream().map(role -> {
            List<ChainBuilder> requests = new java.util.ArrayList<>(role.endpoints().stream().map(e -> exec(
                    http(e.name()).get(e.path()).check(status().is(200))).pause(pause)).toList());
            if (role.user().equals("engineer")) {
                requests.add(exec(http("GET /api/v1/me with HTTP Basic (a password check per request)")
                        .get("/api/v1/me").basicAuth("engineer", "demo").check(status().is(200))).pause(pause));
            }
            ChainBuilder login = exec(http("GET /login").get("/login")
                    .check(css("meta[name='_csrf']", "content").saveAs("csrf")))
                    .exec(http("POST /login (form)").post("/login").formParam("username", role.user())
                            .formParam("password", "demo").formParam("_csrf", "#{csrf}").check(status().is(302)));
            int count = Math.max(1, users * role.share() / shares);
            return scenario(role.user()).exec(login).exec(during(loop).on(exec(requests)))
                    .injectOpen(rampUsers(count).during(ramp));
        }).toList();
        setUp(populations).protocols(protocol).maxDuration(loop.plus(ramp).plusSeconds(120));
    }
}
