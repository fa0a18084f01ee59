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
 * methods, and names both ways to authenticate (HTTP Basic locally, bearer JWT with OIDC).
 */
class OpenApiDocsTests extends PortalTestSupport {

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
