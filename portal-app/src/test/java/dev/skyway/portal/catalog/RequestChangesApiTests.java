package dev.skyway.portal.catalog;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import dev.skyway.portal.approvals.ApprovalTask;
import dev.skyway.portal.approvals.Approvals;
import dev.skyway.portal.approvals.TaskQuery;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.TestUsers;

/**
 * Edit-and-resubmit and retry over HTTP: {@code PUT /api/v1/requests/{id}} with the POST body (200 for the requester
 * of a request sent back; 409 problem+json in another state; 403 for others; 400 naming each field) and
 * {@code POST /api/v1/requests/{id}/retry} (409 unless FAILED).
 */
class RequestChangesApiTests extends PortalTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @Autowired
    Approvals approvals;

    @Autowired
    ProductRequests requests;

    @BeforeEach
    void synced() {
        TestUsers.loginAs("admin", Role.PLATFORM_ADMIN);
        try {
            // a scheduled sync may hold the lock (syncNow then answers RUNNING at once): wait for a finished one
            org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(60))
                    .until(() -> catalog.syncNow().state().name().equals("SUCCEEDED"));
        } finally {
            TestUsers.logout();
        }
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    static String bucket(String suffix, String justification) {
        return """
                {"productId": "prod-sbxs3bucket01", "environment": "staging", "accountId": "123456789012",
                 "parameters": {"BucketNameSuffix": "%s"}, "justification": "%s",
                 "tags": {"cost-center": "CC-1001 Payments", "data-classification": "internal"}}
                """.formatted(suffix, justification);
    }

    String submitted(String suffix) throws Exception {
        String body = mvc.perform(CatalogApiTests.as("engineer", post("/api/v1/requests"))
                        .contentType(MediaType.APPLICATION_JSON).content(bucket(suffix, "build artifacts")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    void sendBack(String id, String comment) {
        TestUsers.loginAs("approver", Role.APPROVER);
        ApprovalTask task = approvals.tasks(new TaskQuery("product-request", null, id), 0, 5).getFirst();
        approvals.requestChanges(task.id(), task.subjectHash(), comment);
        TestUsers.loginAs("engineer", Role.ENGINEER);
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() ->
                requests.get(UUID.fromString(id)).status() == RequestStatus.CHANGES_REQUESTED);
        TestUsers.logout();
    }

    @Test
    void requesterResubmitsARequestSentBackAnd200ShowsItPendingAgain() throws Exception {
        String suffix = "put-" + UUID.randomUUID().toString().substring(0, 8);
        String id = submitted(suffix);
        sendBack(id, "say which pipeline");

        mvc.perform(CatalogApiTests.as("engineer", put("/api/v1/requests/" + id))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(bucket(suffix, "build artifacts of the payments pipeline")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.status").value("PENDING_APPROVAL"))
                .andExpect(jsonPath("$.justification").value("build artifacts of the payments pipeline"))
                .andExpect(jsonPath("$.stages[0].status").value("OPEN"));
    }

    @Test
    void editingInTheWrongStateIs409AndSomeoneElsesRequestIs403AndBadValuesAre400() throws Exception {
        String suffix = "bad-" + UUID.randomUUID().toString().substring(0, 8);
        String id = submitted(suffix);

        mvc.perform(CatalogApiTests.as("engineer", put("/api/v1/requests/" + id))
                        .contentType(MediaType.APPLICATION_JSON).content(bucket(suffix, "again")))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.requestStatus").value("PENDING_APPROVAL"))
                .andExpect(jsonPath("$.detail").value("Only a request sent back with changes requested can be "
                        + "edited; this one is PENDING_APPROVAL"));
        mvc.perform(CatalogApiTests.as("engineer", post("/api/v1/requests/" + id + "/retry"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", "application/problem+json"));

        sendBack(id, "bucket name too vague");
        mvc.perform(CatalogApiTests.as("lead", put("/api/v1/requests/" + id))
                        .contentType(MediaType.APPLICATION_JSON).content(bucket(suffix, "mine now")))
                .andExpect(status().isForbidden());
        mvc.perform(CatalogApiTests.as("engineer", put("/api/v1/requests/" + id))
                        .contentType(MediaType.APPLICATION_JSON).content(bucket("UPPER_case", "")))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors[?(@.field == 'justification')].rule").value("REQUIRED"))
                .andExpect(jsonPath("$.errors[?(@.field == 'parameters.BucketNameSuffix')].rule")
                        .value("ALLOWED_PATTERN"));
    }

    @Test
    void theRequesterWithdrawsAPendingRequestAndAWithdrawnOneIs409() throws Exception {
        String id = submitted("wd-" + UUID.randomUUID().toString().substring(0, 8));
        mvc.perform(CatalogApiTests.as("lead", post("/api/v1/requests/" + id + "/withdraw")))
                .andExpect(status().isForbidden());
        mvc.perform(CatalogApiTests.as("engineer", post("/api/v1/requests/" + id + "/withdraw"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"not needed\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"))
                .andExpect(jsonPath("$.stages[0].status").value("WITHDRAWN"));
        mvc.perform(CatalogApiTests.as("engineer", post("/api/v1/requests/" + id + "/withdraw")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }
}
