package dev.skyway.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.jayway.jsonpath.JsonPath;

/**
 * The OpenAPI document: readable without logging in (it holds no data), lists the real REST endpoints with their
 * methods, summaries, user-facing tags and problem+json errors, and names both ways to authenticate (HTTP Basic
 * locally, bearer JWT with OIDC). Swagger UI renders it for signed-in users.
 */
class OpenApiDocsTests extends PortalTestSupport {

    /** The tags users look for (named for what they do, not for controller classes). */
    static final Set<String> TAGS = Set.of("Catalog", "Requests", "Approvals", "Accounts", "Cost", "Compliance",
            "Incidents", "Audit", "Portal");

    static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Autowired
    MockMvc mvc;

    @Test
    void apiDocsAreJsonWithTheRealEndpointsReadableWithoutLogin() throws Exception {
        String body = mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(JsonPath.<String>read(body, "$.openapi")).startsWith("3.");
        assertThat(JsonPath.<String>read(body, "$.info.title")).isEqualTo("Skyway portal API");
        assertThat(JsonPath.<String>read(body, "$.info.version")).isNotBlank();
        Map<String, Object> paths = JsonPath.read(body, "$.paths");
        assertThat(paths).containsKeys("/api/v1/requests", "/api/v1/requests/{id}", "/api/v1/approvals",
                "/api/v1/catalog/products", "/api/v1/catalog/products/{id}",
                "/api/v1/catalog/products/{id}/cost-model", "/api/v1/accounts", "/api/v1/me");
        assertThat(paths.keySet()).allMatch(path -> path.startsWith("/api/"));
        assertThat(JsonPath.<Map<String, Object>>read(body, "$.paths['/api/v1/requests']")).containsKeys("get",
                "post");
        assertThat(JsonPath.<Map<String, Object>>read(body, "$.paths['/api/v1/catalog/products/{id}/cost-model']"))
                .containsKeys("get", "put", "delete");
        assertThat(JsonPath.<String>read(body, "$.components.securitySchemes.basicAuth.scheme")).isEqualTo("basic");
        assertThat(JsonPath.<String>read(body, "$.components.securitySchemes.bearerAuth.scheme"))
                .isEqualTo("bearer");
        assertThat(JsonPath.<String>read(body, "$.components.securitySchemes.bearerAuth.bearerFormat"))
                .isEqualTo("JWT");
    }

    /**
     * Each write operation's request schema in the document has exactly the fields its controller reads: for every
     * POST/PUT handler with a record as {@code @RequestBody}, the $ref'd schema's properties are the record's
     * components (two records once shared the schema name {@code Submit}, and account requests were documented
     * with the product request's fields).
     */
    @Test
    void everyRequestBodySchemaHasTheFieldsItsControllerReads(
            @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings)
            throws Exception {
        String body = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        List<String> checked = new ArrayList<>();

        mappings.getHandlerMethods().forEach((info, handler) -> {
            Class<?> bodyType = requestBodyType(handler);
            if (bodyType == null || !bodyType.isRecord()) {
                return;
            }
            for (String path : info.getPatternValues()) {
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    String operation = "$.paths['" + path + "']." + method.name().toLowerCase(Locale.ROOT);
                    String ref = JsonPath.read(body, operation + ".requestBody.content['application/json'].schema['$ref']");
                    String schema = ref.substring(ref.lastIndexOf('/') + 1);
                    Map<String, Object> properties = JsonPath.read(body, "$.components.schemas['" + schema + "'].properties");
                    assertThat(properties.keySet()).as("%s %s (%s)", method, path, bodyType.getName())
                            .containsExactlyInAnyOrderElementsOf(Arrays.stream(bodyType.getRecordComponents())
                                    .map(RecordComponent::getName).toList());
                    checked.add(method + " " + path);
                }
            }
        });

        assertThat(checked).contains("POST /api/v1/account-requests", "POST /api/v1/requests");
    }

    /**
     * Every operation says what it does (a summary), sits under a user-facing tag, and documents its errors as
     * problem+json by the rule: 401/403 always, 400 with input, 404 with an object in the path, 412/428 with
     * If-Match, plus what a controller declares (409).
     */
    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasASummaryAUserFacingTagAndItsProblemResponses() throws Exception {
        String body = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        Map<String, Map<String, Object>> paths = JsonPath.read(body, "$.paths");
        List<String> checked = new ArrayList<>();

        paths.forEach((path, operations) -> operations.forEach((method, value) -> {
            if (!HTTP_METHODS.contains(method)) {
                return;
            }
            Map<String, Object> operation = (Map<String, Object>) value;
            String name = method.toUpperCase(Locale.ROOT) + " " + path;
            assertThat((String) operation.get("summary")).as(name + ": summary").isNotBlank();
            assertThat((List<String>) operation.get("tags")).as(name + ": tags").isNotEmpty().isSubsetOf(TAGS);

            List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters",
                    List.of());
            Set<String> expected = new TreeSet<>(Set.of("401", "403"));
            if (!parameters.isEmpty() || operation.containsKey("requestBody")) {
                expected.add("400");
            }
            if (path.contains("{")) {
                expected.add("404");
            }
            if (parameters.stream().anyMatch(p -> "If-Match".equalsIgnoreCase((String) p.get("name")))) {
                expected.addAll(Set.of("412", "428"));
            }
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            assertThat(responses.keySet()).as(name + ": responses").containsAll(expected)
                    .anyMatch(code -> code.startsWith("2"));
            responses.forEach((code, response) -> {
                if (code.startsWith("4")) {
                    assertThat((String) response.get("description")).as(name + " " + code).isNotBlank();
                    assertThat(JsonPath.<String>read(response, "$.content['application/problem+json'].schema['$ref']"))
                            .as(name + " " + code).isEqualTo("#/components/schemas/Problem");
                    assertThat((Map<String, Object>) response.get("content")).as(name + " " + code).hasSize(1);
                }
            });
            checked.add(name);
        }));

        assertThat(checked).hasSizeGreaterThan(100);
        assertThat(JsonPath.<List<String>>read(body, "$.tags[*].name")).containsExactlyInAnyOrderElementsOf(TAGS);
        assertThat(JsonPath.<Map<String, Object>>read(body, "$.components.schemas.Problem.properties"))
                .containsKeys("type", "title", "status", "detail", "instance");
        // the rule's cases, and the conflicts controllers declare
        assertThat(responseCodes(body, "post", "/api/v1/requests/{id}/approve")).contains("412", "428", "404");
        assertThat(responseCodes(body, "post", "/api/v1/requests/{id}/withdraw")).contains("200", "409");
        assertThat(responseCodes(body, "post", "/api/v1/incidents/{id}/transitions")).contains("409");
        assertThat(responseCodes(body, "post", "/api/v1/compliance/imports")).contains("400");
        assertThat(responseCodes(body, "get", "/api/v1/me")).doesNotContain("400", "404");
    }

    private static Set<String> responseCodes(String body, String method, String path) {
        return JsonPath.<Map<String, Object>>read(body, "$.paths['" + path + "']." + method + ".responses").keySet();
    }

    private static Class<?> requestBodyType(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                return parameter.getParameterType();
            }
        }
        return null;
    }

    /**
     * Swagger UI renders the public document, but only for signed-in users: anonymous visitors are sent to the
     * login page, like from any other page of the portal.
     */
    @Test
    void swaggerUiNeedsSignIn(@Autowired UserDetailsService users) throws Exception {
        mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection())
                .andExpect(header().string(HttpHeaders.LOCATION, containsString("/login")));
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().is3xxRedirection())
                .andExpect(header().string(HttpHeaders.LOCATION, containsString("/login")));

        UserDetails engineer = users.loadUserByUsername("engineer");
        var signedIn = authentication(
                UsernamePasswordAuthenticationToken.authenticated(engineer, null, engineer.getAuthorities()));
        mvc.perform(get("/swagger-ui.html").with(signedIn)).andExpect(status().is3xxRedirection())
                .andExpect(header().string(HttpHeaders.LOCATION, containsString("/swagger-ui/index.html")));
        mvc.perform(get("/swagger-ui/index.html").with(signedIn))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("swagger-ui")));
        mvc.perform(get("/swagger-ui/swagger-initializer.js").with(signedIn))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/v3/api-docs")));
        mvc.perform(get("/v3/api-docs/swagger-config")).andExpect(status().isOk())
                .andExpect(jsonPath("$.url").value("/v3/api-docs"));
    }

    @Test
    void apiDocsAreReadOnly() throws Exception {
        mvc.perform(post("/v3/api-docs").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }
}
