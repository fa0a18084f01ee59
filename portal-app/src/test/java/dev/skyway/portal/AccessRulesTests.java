package dev.skyway.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.ClassUtils;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;

/**
 * Deny by default, proven: every Vaadin route and every {@code /api/**} endpoint is listed here with the demo users
 * who may use it. A new view or endpoint without an entry in these tables fails the build, so each one gets an
 * explicit decision. Routes are checked with Vaadin's own access annotation checker; endpoints with real HTTP Basic
 * logins through the whole filter chain and method security.
 */
class AccessRulesTests extends PortalTestSupport {

    /** Demo user -> roles (as configured in the local profile). */
    static final Map<String, Set<String>> USERS = new LinkedHashMap<>();

    static {
        USERS.put("engineer", Set.of("ENGINEER"));
        USERS.put("approver", Set.of("APPROVER"));
        USERS.put("finance", Set.of("FINANCE"));
        USERS.put("security", Set.of("SECURITY"));
        USERS.put("admin", Set.of("PLATFORM_ADMIN"));
        USERS.put("lead", Set.of("ENGINEER", "APPROVER"));
    }

    static final Set<String> EVERYONE = Set.copyOf(USERS.keySet());
    static final String ANONYMOUS = "anonymous";
    /** Engineers request from the catalog; approvers read it to judge requests; admins curate it. */
    static final Set<String> CATALOG_READERS = Set.of("engineer", "approver", "admin", "lead");

    /** Route path -> who may open it ({@code anonymous} = without logging in). */
    static final Map<String, Set<String>> ROUTES = Map.ofEntries(
            Map.entry("", EVERYONE),
            Map.entry("login", union(EVERYONE, Set.of(ANONYMOUS))),
            Map.entry("audit", Set.of("security", "admin")),
            Map.entry("catalog", CATALOG_READERS),
            Map.entry("catalog/:productId", CATALOG_READERS),
            // engineers request products; the detail is for everyone who may read some request (the facade checks
            // each one: requester, team, approvers, finance, admins)
            Map.entry("catalog/:productId/request", Set.of("engineer", "lead")),
            Map.entry("requests", Set.of("engineer", "lead")),
            Map.entry("requests/:id", Set.of("engineer", "approver", "finance", "admin", "lead")),
            // the requester edits a request sent back to them (the facade refuses everyone else); platform admins
            // may have asked for an update of a resource
            Map.entry("requests/:id/edit", Set.of("engineer", "admin", "lead")),
            // provisioned products of the caller and their team (the facade checks each one)
            Map.entry("resources", Set.of("engineer", "admin", "lead")),
            Map.entry("resources/:id", Set.of("engineer", "admin", "lead")),
            Map.entry("resources/:id/update", Set.of("engineer", "admin", "lead")),
            Map.entry("admin/catalog", Set.of("admin")),
            Map.entry("admin/cost-models", Set.of("admin")),
            // anyone may be named as an approver (users lists, team leads, delegations): the view shows the
            // caller's own tasks, or an empty state
            Map.entry("approvals", EVERYONE),
            Map.entry("approvals/decided", EVERYONE),
            Map.entry("accounts", EVERYONE),
            Map.entry("accounts/:accountId", EVERYONE),
            // engineers (and admins) request accounts; the request page is for everyone who may read some request
            // (the facade checks each one: requester, team, approvers, finance, security, admins)
            Map.entry("accounts/request", Set.of("engineer", "admin", "lead")),
            Map.entry("account-requests", Set.of("engineer", "admin", "lead")),
            Map.entry("account-requests/:id", EVERYONE),
            Map.entry("admin/approval-policies", Set.of("admin")),
            // cost: everyone with a role sees cost (engineers and approvers their teams' only: showback); finance
            // and platform admins import
            Map.entry("cost", EVERYONE),
            Map.entry("cost/breakdown", EVERYONE),
            Map.entry("cost/showback", EVERYONE),
            Map.entry("cost/allocation", EVERYONE),
            Map.entry("cost/anomalies", EVERYONE),
            Map.entry("cost/imports", Set.of("finance", "admin")),
            Map.entry("cost/savings", EVERYONE),
            Map.entry("cost/budgets", EVERYONE),
            // incidents: postmortems and metrics are for everyone signed in (publishing: the commander or an admin,
            // decided by the facade)
            Map.entry("incidents/metrics", EVERYONE),
            Map.entry("incidents/:id/postmortem", EVERYONE),
            // compliance drift: everyone with a role sees the stacks of the accounts they see; "Check now" is for
            // security, admins and the resource's team (decided per stack)
            Map.entry("compliance/drift", EVERYONE),
            // incidents: anyone signed in follows, declares and runs incidents (the facade checks who commands each);
            // integrations and routing rules are the platform admins'
            Map.entry("incidents", EVERYONE),
            Map.entry("incidents/:id", EVERYONE),
            Map.entry("incidents/alerts", EVERYONE),
            Map.entry("incidents/integrations", Set.of("admin")),
            // compliance: everyone with a role sees the accounts they see (the facades limit the data); uploads and
            // revoking are decided in the views and facades (security and platform admins)
            Map.entry("compliance", EVERYONE),
            Map.entry("compliance/findings", EVERYONE),
            Map.entry("compliance/findings/:id", EVERYONE),
            Map.entry("compliance/waivers", EVERYONE),
            Map.entry("compliance/frameworks", EVERYONE));

    /** "METHOD path" -> who may call it. Nobody may call any of them anonymously. */
    static final Map<String, Set<String>> ENDPOINTS = Map.ofEntries(
            Map.entry("GET /api/v1/me", EVERYONE),
            Map.entry("GET /api/v1/audit/entries", Set.of("security", "admin")),
            Map.entry("POST /api/v1/audit/verifications", Set.of("security", "admin")),
            Map.entry("GET /api/v1/home", EVERYONE),
            Map.entry("GET /api/v1/catalog/products", CATALOG_READERS),
            Map.entry("GET /api/v1/catalog/products/{id}", CATALOG_READERS),
            Map.entry("GET /api/v1/catalog/sync-status", CATALOG_READERS),
            Map.entry("POST /api/v1/catalog/sync", Set.of("admin")),
            // checking a template before publishing it is catalog curation
            Map.entry("POST /api/v1/catalog/template-checks", Set.of("admin")),
            // how estimates are made is no secret to catalog readers; only admins change it (unknown ids: 404)
            Map.entry("GET /api/v1/catalog/products/{id}/cost-model", CATALOG_READERS),
            Map.entry("PUT /api/v1/catalog/products/{id}/cost-model", Set.of("admin")),
            Map.entry("DELETE /api/v1/catalog/products/{id}/cost-model", Set.of("admin")),
            // the caller's own tasks; the engine refuses decisions on anything else (403 with the reason)
            // submitting is for engineers (the facade refuses others); reading and deciding are checked per request
            // (unknown ids here: 400 for everyone before any check)
            Map.entry("POST /api/v1/requests", Set.of("engineer", "admin", "lead")),
            Map.entry("GET /api/v1/requests", EVERYONE),
            Map.entry("GET /api/v1/requests/{id}", EVERYONE),
            Map.entry("POST /api/v1/requests/{id}/approve", EVERYONE),
            Map.entry("POST /api/v1/requests/{id}/reject", EVERYONE),
            // edit-and-resubmit (requester only) and retry (requester or admin): checked per request by the facade
            Map.entry("PUT /api/v1/requests/{id}", EVERYONE),
            Map.entry("POST /api/v1/requests/{id}/retry", EVERYONE),
            Map.entry("POST /api/v1/requests/{id}/withdraw", EVERYONE),
            Map.entry("POST /api/v1/requests/{id}/resubmit", EVERYONE),
            // provisioned products: the facade answers 403 to anyone but engineers and platform admins, and checks
            // each resource (requester, team, admins); unknown ids here: 400 for everyone before any check
            Map.entry("GET /api/v1/resources", Set.of("engineer", "admin", "lead")),
            Map.entry("GET /api/v1/resources/{id}", EVERYONE),
            Map.entry("POST /api/v1/resources/{id}/update", EVERYONE),
            Map.entry("POST /api/v1/resources/{id}/terminate", EVERYONE),
            Map.entry("GET /api/v1/approvals", EVERYONE),
            Map.entry("GET /api/v1/accounts", EVERYONE),
            Map.entry("GET /api/v1/accounts/{id}", EVERYONE),
            Map.entry("GET /api/v1/organizational-units", EVERYONE),
            Map.entry("POST /api/v1/accounts/sync", Set.of("admin")),
            // account requests: submitting is for engineers and admins (the facade refuses others); reading and
            // deciding are checked per request (unknown ids here: 400 for everyone before any check); the queue is
            // the admins'; closing is checked per account (unknown account here: 404 for everyone)
            Map.entry("POST /api/v1/account-requests", Set.of("engineer", "admin", "lead")),
            Map.entry("GET /api/v1/account-requests", EVERYONE),
            Map.entry("GET /api/v1/account-requests/queue", Set.of("admin")),
            Map.entry("GET /api/v1/account-requests/{id}", EVERYONE),
            Map.entry("PUT /api/v1/account-requests/{id}", EVERYONE),
            Map.entry("POST /api/v1/account-requests/{id}/approve", EVERYONE),
            Map.entry("POST /api/v1/account-requests/{id}/reject", EVERYONE),
            Map.entry("POST /api/v1/account-requests/{id}/cancel", EVERYONE),
            Map.entry("POST /api/v1/account-requests/{id}/move", EVERYONE),
            Map.entry("POST /api/v1/accounts/{accountId}/close-requests", EVERYONE),
            Map.entry("POST /api/v1/approvals/{taskId}/approve", EVERYONE),
            Map.entry("POST /api/v1/approvals/{taskId}/reject", EVERYONE),
            Map.entry("POST /api/v1/approvals/{taskId}/request-changes", EVERYONE),
            // anyone may be named as an approver (users list, team lead), so anyone may hand their tasks over
            Map.entry("GET /api/v1/approvals/delegations", EVERYONE),
            Map.entry("POST /api/v1/approvals/delegations", EVERYONE),
            Map.entry("DELETE /api/v1/approvals/delegations/{id}", EVERYONE),
            Map.entry("GET /api/v1/approval-policies/current", Set.of("admin")),
            Map.entry("PUT /api/v1/approval-policies/current", Set.of("admin")),
            Map.entry("POST /api/v1/approval-policies/preview", Set.of("admin")),
            // cost: readers see what their role allows (everything, or their teams' spend); finance and admins
            // import; unknown ids and missing ranges here: 400 for everyone before any check
            Map.entry("POST /api/v1/cost/imports", Set.of("finance", "admin")),
            Map.entry("GET /api/v1/cost/imports", EVERYONE),
            Map.entry("GET /api/v1/cost/imports/{id}", EVERYONE),
            Map.entry("GET /api/v1/cost/breakdown", EVERYONE),
            Map.entry("GET /api/v1/cost/daily", EVERYONE),
            Map.entry("GET /api/v1/cost/overview", EVERYONE),
            Map.entry("GET /api/v1/cost/forecast", EVERYONE),
            Map.entry("GET /api/v1/cost/anomalies", EVERYONE),
            Map.entry("POST /api/v1/cost/anomalies/{id}/feedback", EVERYONE),
            Map.entry("GET /api/v1/cost/allocation-rules", EVERYONE),
            Map.entry("POST /api/v1/cost/allocation-rules", Set.of("finance", "admin")),
            Map.entry("DELETE /api/v1/cost/allocation-rules/{id}", EVERYONE),
            Map.entry("GET /api/v1/cost/shared-cost-rules", EVERYONE),
            Map.entry("POST /api/v1/cost/shared-cost-rules", Set.of("finance", "admin")),
            Map.entry("DELETE /api/v1/cost/shared-cost-rules/{id}", EVERYONE),
            Map.entry("GET /api/v1/cost/showback", EVERYONE),
            Map.entry("GET /api/v1/cost/export/focus", EVERYONE),
            // savings: security reads but does not act (403 before the unknown id's 400 is not reached: the id
            // is converted first, so 400 for everyone here)
            Map.entry("GET /api/v1/cost/recommendations", EVERYONE),
            Map.entry("GET /api/v1/cost/recommendations/{id}", EVERYONE),
            Map.entry("POST /api/v1/cost/recommendations/{id}/accept", EVERYONE),
            Map.entry("POST /api/v1/cost/recommendations/{id}/done", EVERYONE),
            Map.entry("POST /api/v1/cost/recommendations/{id}/dismiss", EVERYONE),
            Map.entry("POST /api/v1/cost/recommendations/{id}/reopen", EVERYONE),
            Map.entry("GET /api/v1/cost/savings", EVERYONE),
            // budgets: everyone sees their teams' (or all); finance and admins change them
            Map.entry("GET /api/v1/cost/budgets", EVERYONE),
            Map.entry("GET /api/v1/cost/budgets/{id}", EVERYONE),
            Map.entry("POST /api/v1/cost/budgets", Set.of("finance", "admin")),
            Map.entry("PUT /api/v1/cost/budgets/{id}", EVERYONE),
            Map.entry("DELETE /api/v1/cost/budgets/{id}", EVERYONE),
            // compliance: security and admins import findings and upload frameworks; everyone reads what their
            // role allows (all accounts, or their teams'); import statuses name accounts, so security and admins
            Map.entry("POST /api/v1/compliance/imports", Set.of("security", "admin")),
            Map.entry("GET /api/v1/compliance/imports", Set.of("security", "admin")),
            Map.entry("GET /api/v1/compliance/imports/{id}", Set.of("security", "admin")),
            Map.entry("GET /api/v1/compliance/findings", EVERYONE),
            Map.entry("POST /api/v1/compliance/frameworks", Set.of("security", "admin")),
            Map.entry("GET /api/v1/compliance/frameworks", EVERYONE),
            Map.entry("GET /api/v1/compliance/frameworks/{id}", EVERYONE),
            Map.entry("GET /api/v1/compliance/frameworks/{id}/scores", EVERYONE),
            // the evidence pack cites the audit ledger, which only security and admins read (the role check
            // comes before the id is read: 403 for the others, 400 for them)
            Map.entry("GET /api/v1/compliance/frameworks/{id}/evidence", Set.of("security", "admin")),
            Map.entry("GET /api/v1/compliance/summary", EVERYONE),
            // without a scope the trend is the organization's: only for who sees every account (others ask for
            // their accountId or team, which everyone with a role may)
            Map.entry("GET /api/v1/compliance/trends", Set.of("security", "admin")),
            Map.entry("GET /api/v1/compliance/changes", EVERYONE),
            // waivers and attestations: everyone requests and reads them for the accounts they see (an empty body
            // or an unknown id is 400 for everyone); security approves them in the approval inbox, security,
            // admins and the requester revoke (decided by the facade, after the id is read)
            Map.entry("POST /api/v1/compliance/waivers", EVERYONE),
            Map.entry("GET /api/v1/compliance/waivers", EVERYONE),
            Map.entry("GET /api/v1/compliance/waivers/{id}", EVERYONE),
            Map.entry("POST /api/v1/compliance/waivers/{id}/revoke", EVERYONE),
            Map.entry("POST /api/v1/compliance/attestations", EVERYONE),
            Map.entry("GET /api/v1/compliance/attestations", EVERYONE),
            Map.entry("GET /api/v1/compliance/attestations/{id}", EVERYONE),
            // drift: everyone reads the stacks of the accounts they see (an unknown check id is 400 for everyone);
            // security, admins and engineers (for their team's provisioned products, decided by the facade after
            // the body is read: an empty one is 400) start checks
            Map.entry("GET /api/v1/compliance/drift", EVERYONE),
            Map.entry("POST /api/v1/compliance/drift/checks", Set.of("engineer", "security", "admin", "lead")),
            Map.entry("GET /api/v1/compliance/drift/checks/{id}", EVERYONE),
            // incidents: admins manage integrations and routing; anyone signed in declares and follows incidents
            // (only the commander or an admin moves one: 403 for the others comes after the unknown id's 404)
            Map.entry("POST /api/v1/incidents/integrations", Set.of("admin")),
            Map.entry("GET /api/v1/incidents/integrations", Set.of("admin")),
            Map.entry("GET /api/v1/incidents/routing-rules", Set.of("admin")),
            Map.entry("POST /api/v1/incidents/routing-rules", Set.of("admin")),
            // the id is converted before the role check: 400 for everyone
            Map.entry("DELETE /api/v1/incidents/routing-rules/{id}", EVERYONE),
            Map.entry("GET /api/v1/incidents/alerts", EVERYONE),
            Map.entry("GET /api/v1/incidents/alerts/{id}", EVERYONE),
            Map.entry("POST /api/v1/incidents", EVERYONE),
            Map.entry("GET /api/v1/incidents/{id}", EVERYONE),
            Map.entry("GET /api/v1/incidents/{id}/timeline", EVERYONE),
            Map.entry("POST /api/v1/incidents/{id}/transitions", EVERYONE),
            // the change freeze: anyone follows what an incident holds; only its commander (or an admin) releases
            // one change (that 403 comes after the unknown incident's 404; the ids here are unparseable: 400)
            Map.entry("GET /api/v1/incidents/{id}/holds", EVERYONE),
            Map.entry("POST /api/v1/incidents/{id}/holds/{stageId}/release", EVERYONE),
            // postmortems, tasks, status updates and subscribers: anyone signed in works on an incident (the id is
            // converted before the role check: 400 for everyone); publishing is decided by the facade
            Map.entry("GET /api/v1/incidents/{id}/postmortem", EVERYONE),
            Map.entry("PUT /api/v1/incidents/{id}/postmortem", EVERYONE),
            Map.entry("GET /api/v1/incidents/{id}/postmortem.md", EVERYONE),
            Map.entry("POST /api/v1/incidents/{id}/postmortem/action-items", EVERYONE),
            Map.entry("PATCH /api/v1/incidents/{id}/postmortem/action-items/{itemId}", EVERYONE),
            Map.entry("GET /api/v1/incidents/{id}/tasks", EVERYONE),
            Map.entry("POST /api/v1/incidents/{id}/tasks", EVERYONE),
            Map.entry("PATCH /api/v1/incidents/{id}/tasks/{taskId}", EVERYONE),
            Map.entry("GET /api/v1/incidents/{id}/status-updates", EVERYONE),
            Map.entry("POST /api/v1/incidents/{id}/status-updates", EVERYONE),
            Map.entry("GET /api/v1/incidents/{id}/subscribers", EVERYONE),
            Map.entry("POST /api/v1/incidents/{id}/subscribers", EVERYONE),
            Map.entry("DELETE /api/v1/incidents/{id}/subscribers", EVERYONE),
            Map.entry("GET /api/v1/incidents/metrics", EVERYONE),
            // the alert simulator: platform admins, in sandbox mode only (409 otherwise)
            Map.entry("POST /api/v1/incidents/sandbox/alerts", Set.of("admin")),
            // the list, corrections, roles, notes and what changed: anyone signed in (the commander check for
            // corrections and roles comes after the id, so 400 for everyone here)
            Map.entry("GET /api/v1/incidents", EVERYONE),
            Map.entry("PATCH /api/v1/incidents/{id}", EVERYONE),
            Map.entry("GET /api/v1/incidents/{id}/changes", EVERYONE),
            Map.entry("GET /api/v1/incidents/{id}/roles", EVERYONE),
            Map.entry("PUT /api/v1/incidents/{id}/roles/{role}", EVERYONE),
            Map.entry("DELETE /api/v1/incidents/{id}/roles/{role}", EVERYONE),
            Map.entry("POST /api/v1/incidents/{id}/alerts", EVERYONE),
            Map.entry("POST /api/v1/incidents/{id}/notes", EVERYONE));

    /**
     * Alert intake: open to callers the endpoint authenticates itself (the integration's secret, SNS's signature);
     * a portal login grants nothing there: every caller, signed in or not, gets the same refusal.
     */
    static final Set<String> SELF_AUTHENTICATED = Set.of(
            "POST /api/v1/incidents/intake/sns/{integrationId}/{secret}",
            "POST /api/v1/incidents/intake/alertmanager/{integrationId}",
            "POST /api/v1/incidents/intake/events/{integrationId}");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyRouteAllowsExactlyTheUsersInTheTable() throws Exception {
        Map<String, Class<?>> routes = discoverRoutes();
        assertThat(routes.keySet()).as("routes with an access decision in ROUTES")
                .containsExactlyInAnyOrderElementsOf(ROUTES.keySet());

        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        Map<String, Set<String>> actual = new TreeMap<>();
        for (var route : routes.entrySet()) {
            Set<String> allowed = new TreeSet<>();
            for (var user : USERS.entrySet()) {
                Principal principal = user::getKey;
                if (checker.hasAccess(route.getValue(), principal, role -> user.getValue().contains(role))) {
                    allowed.add(user.getKey());
                }
            }
            if (checker.hasAccess(route.getValue(), null, role -> false)) {
                allowed.add(ANONYMOUS);
            }
            actual.put(route.getKey(), allowed);
        }
        assertThat(actual).isEqualTo(new TreeMap<>(sorted(ROUTES)));
    }

    @Test
    void everyApiEndpointAllowsExactlyTheUsersInTheTable() throws Exception {
        List<String> endpoints = new ArrayList<>(discoverEndpoints());
        assertThat(endpoints).as("self-authenticated endpoints").containsAll(SELF_AUTHENTICATED);
        endpoints.removeAll(SELF_AUTHENTICATED);
        assertThat(endpoints).as("endpoints with an access decision in ENDPOINTS")
                .containsExactlyInAnyOrderElementsOf(ENDPOINTS.keySet());

        Map<String, Set<String>> actual = new TreeMap<>();
        for (String endpoint : endpoints) {
            Set<String> allowed = new TreeSet<>();
            for (String user : USERS.keySet()) {
                int status = call(endpoint, user);
                assertThat(status).as(endpoint + " as " + user).isNotEqualTo(401).isLessThan(500);
                if (status != 403) {
                    allowed.add(user);
                }
            }
            assertThat(call(endpoint, null)).as(endpoint + " anonymously").isEqualTo(401);
            actual.put(endpoint, allowed);
        }
        assertThat(actual).isEqualTo(new TreeMap<>(sorted(ENDPOINTS)));
    }

    @Test
    void selfAuthenticatedEndpointsIgnoreThePortalLogin() throws Exception {
        for (String endpoint : SELF_AUTHENTICATED) {
            int anonymous = call(endpoint, null);
            assertThat(anonymous).as(endpoint + " anonymously").isBetween(400, 499);
            for (String user : USERS.keySet()) {
                assertThat(call(endpoint, user)).as(endpoint + " as " + user).isEqualTo(anonymous);
            }
        }
    }

    /** The OpenAPI document describes the API and holds no data: everyone may read it, without logging in too. */
    @Test
    void openApiDocumentIsReadableWithoutLogin() throws Exception {
        for (String user : USERS.keySet()) {
            assertThat(call("GET /v3/api-docs", user)).as("GET /v3/api-docs as " + user).isEqualTo(200);
        }
        assertThat(call("GET /v3/api-docs", null)).as("GET /v3/api-docs anonymously").isEqualTo(200);
    }

    private int call(String endpoint, String user) throws Exception {
        String[] parts = endpoint.split(" ", 2);
        var request = request(HttpMethod.valueOf(parts[0]), parts[1].replaceAll("\\{[^}]+}", "test-id"))
                .contentType(MediaType.APPLICATION_JSON).content("{}");
        if (user != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Basic "
                    + Base64.getEncoder().encodeToString((user + ":demo").getBytes()));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private List<String> discoverEndpoints() {
        List<String> endpoints = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String path : info.getPatternValues()) {
                if (!path.startsWith("/api/")) {
                    continue;
                }
                for (var method : info.getMethodsCondition().getMethods()) {
                    endpoints.add(method.name() + " " + path);
                }
            }
        }
        return endpoints;
    }

    private static Map<String, Class<?>> discoverRoutes() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, Class<?>> routes = new TreeMap<>();
        for (var candidate : scanner.findCandidateComponents("dev.skyway.portal")) {
            Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), null);
            routes.put(type.getAnnotation(Route.class).value(), type);
        }
        return routes;
    }

    private static Map<String, Set<String>> sorted(Map<String, Set<String>> table) {
        Map<String, Set<String>> result = new TreeMap<>();
        table.forEach((k, v) -> result.put(k, new TreeSet<>(v)));
        return result;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
