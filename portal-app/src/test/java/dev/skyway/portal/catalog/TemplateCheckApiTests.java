package dev.skyway.portal.catalog;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.skyway.portal.PortalTestSupport;

/**
 * {@code POST /api/v1/catalog/template-checks}: a platform admin sees what the portal reads from a template before
 * publishing it (parameters in the catalog API's shape, warnings), or a problem saying what is wrong and where.
 */
class TemplateCheckApiTests extends PortalTestSupport {

    /** Tab-indented JSON (legal JSON, not legal YAML indentation) in the style of the Service Catalog samples. */
    static final String TAB_JSON = "{\n\t\"Parameters\": {\n\t\t\"VpcId\": {\n\t\t\t\"Type\": \"AWS::EC2::VPC::Id\",\n"
            + "\t\t\t\"Description\": \"The VPC\"\n\t\t},\n\t\t\"Secret\": {\"Type\": \"String\", \"NoEcho\": true, "
            + "\"Default\": \"hush\"}\n\t}\n}\n\t\n";

    static final String DUPLICATE_YAML = """
            Parameters:
              InstanceType:
                Type: String
                Default: t3.micro
              InstanceType:
                Type: String
                Default: t3.small
            """;

    @Autowired
    MockMvc mvc;

    static MockHttpServletRequestBuilder check(String user, String template) {
        return post("/api/v1/catalog/template-checks").contentType(MediaType.TEXT_PLAIN).content(template)
                .header(HttpHeaders.AUTHORIZATION,
                        "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes()));
    }

    @Test
    void tabIndentedJsonGivesItsParametersInTheCatalogShapeWithoutSecretDefaults() throws Exception {
        mvc.perform(check("admin", TAB_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parameters", hasSize(2)))
                .andExpect(jsonPath("$.parameters[0].key").value("VpcId"))
                .andExpect(jsonPath("$.parameters[0].type").value("AWS::EC2::VPC::Id"))
                .andExpect(jsonPath("$.parameters[0].required").value(true))
                .andExpect(jsonPath("$.parameters[1].noEcho").value(true))
                .andExpect(jsonPath("$.parameters[1].default").doesNotExist())
                .andExpect(jsonPath("$.warnings", hasSize(0)));
    }

    @Test
    void aDuplicateKeyIsAWarningNamingTheKeyAndTheLine() throws Exception {
        mvc.perform(check("admin", DUPLICATE_YAML))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parameters[0].default").value("t3.small"))
                .andExpect(jsonPath("$.warnings[0]", containsString("Duplicate key \"InstanceType\" at line 5")));
    }

    @Test
    void anUnreadableTemplateIsAProblemWithTheLine() throws Exception {
        mvc.perform(check("admin", "Parameters:\n  A:\n    Type: String\n   Default: [unclosed\n"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("not valid YAML")))
                .andExpect(jsonPath("$.line").isNumber());
        mvc.perform(check("admin", "Parameters:\n  A: {Default: x}\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Parameter A has no Type"));
        mvc.perform(check("admin", "  "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("The template is empty"));
    }

    @Test
    void onlyPlatformAdminsCheckTemplates() throws Exception {
        mvc.perform(check("engineer", TAB_JSON)).andExpect(status().isForbidden());
        mvc.perform(check("approver", TAB_JSON)).andExpect(status().isForbidden());
    }
}
