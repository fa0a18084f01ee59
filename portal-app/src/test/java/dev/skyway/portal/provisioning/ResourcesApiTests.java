package dev.skyway.portal.provisioning;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import dev.skyway.portal.PortalTestSupport;
import dev.skyway.portal.catalog.Catalog;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.TestUsers;

/**
 * Provisioned products over HTTP: {@code GET /api/v1/resources?mine=true} lists the caller's (and team's) with
 * outputs; {@code POST .../update} and {@code .../terminate} answer 201 with the new request; a second change while
 * one is under way is 409 problem+json; a missing justification 400 naming the field; other roles 403. AWS's status
 * of the product ({@code productStatus}, {@code productStatusMessage}, {@code ?health=unhealthy}) follows a failed
 * update and its retry.
 */
class ResourcesApiTests extends PortalTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @Autowired
    ProductRequests requests;

    @BeforeEach
    void synced() {
        syncedAsAdmin(catalog::syncNow);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    /** A dev bucket requested by the demo engineer, provisioned by the sandbox (the portal polls every few s). */
    String provisioned(String suffix) throws Exception {
        String body = mvc.perform(asDemoUser("engineer", post("/api/v1/requests"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"productId": "prod-sbxs3bucket01", "environment": "dev", "accountId": "123456789012",
                                 "parameters": {"BucketNameSuffix": "%s"}, "justification": "artifacts",
                                 "tags": {"cost-center": "CC-1001 Payments", "data-classification": "internal"}}
                                """.formatted(suffix)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        TestUsers.loginAs("engineer", Role.ENGINEER);
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(30))
                .until(() -> requests.get(UUID.fromString(id)).status() == RequestStatus.PROVISIONED);
        TestUsers.logout();
        return id;
    }

    @Test
    void engineerListsUpdatesAndTerminatesAProvisionedProduct() throws Exception {
        String suffix = "api-res-" + UUID.randomUUID().toString().substring(0, 8);
        String id = provisioned(suffix);

        mvc.perform(asDemoUser("engineer", get("/api/v1/resources").param("mine", "true")
                        .param("q", suffix)))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].name").value(suffix))
                .andExpect(jsonPath("$[0].status").value("PROVISIONED"))
                .andExpect(jsonPath("$[0].outputs.BucketName").value("123456789012-eu-central-1-" + suffix));

        String update = mvc.perform(asDemoUser("engineer", post("/api/v1/resources/" + id + "/update"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"parameters": {"BucketNameSuffix": "%s", "Versioning": "Suspended"},
                                 "justification": "no versions needed"}""".formatted(suffix)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/requests/")))
                .andExpect(jsonPath("$.parameters.Versioning").value("Suspended"))
                .andReturn().getResponse().getContentAsString();
        String updateId = JsonPath.read(update, "$.id");

        mvc.perform(asDemoUser("engineer", post("/api/v1/resources/" + id + "/terminate"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"justification\": \"done\"}"))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("already under way")));

        TestUsers.loginAs("engineer", Role.ENGINEER);
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(30))
                .until(() -> requests.get(UUID.fromString(updateId)).status() == RequestStatus.PROVISIONED);
        TestUsers.logout();
        mvc.perform(asDemoUser("engineer", get("/api/v1/resources/" + id)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.parameters.Versioning").value("Suspended"));

        mvc.perform(asDemoUser("engineer", post("/api/v1/resources/" + id + "/terminate"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"justification\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("justification"));
        mvc.perform(asDemoUser("engineer", post("/api/v1/resources/" + id + "/terminate"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"justification\": \"project ended\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value(org.hamcrest.Matchers.oneOf("TERMINATING", "APPROVED",
                        "PENDING_APPROVAL", "TERMINATED")));
        mvc.perform(asDemoUser("engineer", get("/api/v1/resources").param("mine", "true")
                        .param("status", "PROVISIONED")))
                .andExpect(status().isOk());
    }

    @Test
    void anUpdateThatLeavesTheProductInErrorShowsOnTheResourceUntilItsRetryRepairsIt() throws Exception {
        String suffix = "api-err-" + UUID.randomUUID().toString().substring(0, 8);
        String id = provisioned(suffix);
        mvc.perform(asDemoUser("engineer", get("/api/v1/resources/" + id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.productStatus").value("AVAILABLE"))
                .andExpect(jsonPath("$.productStatusMessage").doesNotExist());

        String rename = mvc.perform(asDemoUser("engineer", post("/api/v1/resources/" + id + "/update"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"parameters": {"BucketNameSuffix": "%s-renamed", "Versioning": "Enabled"},
                                 "justification": "a clearer name"}""".formatted(suffix)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String renameId = JsonPath.read(rename, "$.id");
        TestUsers.loginAs("engineer", Role.ENGINEER);
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(30))
                .until(() -> requests.get(UUID.fromString(renameId)).status() == RequestStatus.FAILED);
        TestUsers.logout();

        mvc.perform(asDemoUser("engineer", get("/api/v1/resources/" + id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PROVISIONED"))
                .andExpect(jsonPath("$.productStatus").value("ERROR"))
                .andExpect(jsonPath("$.productStatusMessage", org.hamcrest.Matchers.containsString(
                        "UPDATE_ROLLBACK_FAILED")))
                .andExpect(jsonPath("$.productStatusRequest").value(renameId));
        mvc.perform(asDemoUser("engineer", get("/api/v1/resources").param("mine", "true")
                        .param("q", suffix).param("health", "unhealthy")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].productStatus").value("ERROR"));
        mvc.perform(asDemoUser("engineer", get("/api/v1/resources").param("mine", "true")
                        .param("health", "sick")))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("health")));

        mvc.perform(asDemoUser("engineer", post("/api/v1/requests/" + renameId + "/retry"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk());
        TestUsers.loginAs("engineer", Role.ENGINEER);
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(30))
                .until(() -> requests.get(UUID.fromString(renameId)).status() == RequestStatus.PROVISIONED);
        TestUsers.logout();
        mvc.perform(asDemoUser("engineer", get("/api/v1/resources/" + id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.productStatus").value("AVAILABLE"))
                .andExpect(jsonPath("$.productStatusMessage").doesNotExist())
                .andExpect(jsonPath("$.parameters.BucketNameSuffix").value(suffix + "-renamed"));
        mvc.perform(asDemoUser("engineer", get("/api/v1/resources").param("mine", "true")
                        .param("q", suffix).param("health", "unhealthy")))
                .andExpect(status().isOk()).andExpect(header().string("X-Total-Count", "0"));
    }

    @Test
    void othersCannotListOrChangeAnEngineersProducts() throws Exception {
        mvc.perform(asDemoUser("finance", get("/api/v1/resources").param("mine", "true")))
                .andExpect(status().isForbidden());
        String id = provisioned("api-own-" + UUID.randomUUID().toString().substring(0, 8));
        mvc.perform(asDemoUser("approver", post("/api/v1/resources/" + id + "/terminate"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"justification\": \"mine now\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(asDemoUser("engineer", get("/api/v1/resources").param("mine", "true")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].id", hasItem(id)));
    }
}
