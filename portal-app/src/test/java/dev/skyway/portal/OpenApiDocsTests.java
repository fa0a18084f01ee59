package dev.skyway.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

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

    @Test
    void apiDocsAreReadOnly() throws Exception {
        mvc.perform(post("/v3/api-docs").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }
}
