package dev.skyway.portal.provisioning;

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
import dev.skyway.portal.catalog.Catalog;
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
        syncedAsAdmin(catalog::syncNow);
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
        String body = mvc.perform(asDemoUser("engineer", post("/api/v1/requests"))
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

        mvc.perform(asDemoUser("engineer", put("/api/v1/requests/" + id))
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

        mvc.perform(asDemoUser("engineer", put("/api/v1/requests/" + id))
                        .contentType(MediaType.APPLICATION_JSON).content(bucket(suffix, "again")))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.requestStatus").value("PENDING_APPROVAL"))
                .andExpect(jsonPath("$.detail").value("Only a request sent back with changes requested can be "
                        + "edited; this one is PENDING_APPROVAL"));
        mvc.perform(asDemoUser("engineer", post("/api/v1/requests/" + id + "/retry"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", "application/problem+json"));

        sendBack(id, "bucket name too vague");
        mvc.perform(asDemoUser("lead", put("/api/v1/requests/" + id))
                        .contentType(MediaType.APPLICATION_JSON).content(bucket(suffix, "mine now")))
                .andExpect(status().isForbidden());
        mvc.perform(asDemoUser("engineer", put("/api/v1/requests/" + id))
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
        mvc.perform(asDemoUser("lead", post("/api/v1/requests/" + id + "/withdraw")))
                .andExpect(status().isForbidden());
        mvc.perform(asDemoUser("engineer", post("/api/v1/requests/" + id + "/withdraw"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"not needed\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"))
                .andExpect(jsonPath("$.stages[0].status").value("WITHDRAWN"));
        mvc.perform(asDemoUser("engineer", post("/api/v1/requests/" + id + "/withdraw")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void aSentBackUpdateTakesTheResourceUpdateBodyAndASentBackTerminationIsResubmittedWithANote() throws Exception {
        String suffix = "sb-" + UUID.randomUUID().toString().substring(0, 8);
        String resource = submitted(suffix);
        TestUsers.loginAs("approver", Role.APPROVER);
        requests.approve(UUID.fromString(resource), requests.subjectHash(UUID.fromString(resource)), "ok");
        TestUsers.loginAs("engineer", Role.ENGINEER);
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(30))
                .until(() -> requests.get(UUID.fromString(resource)).status() == RequestStatus.PROVISIONED);
        TestUsers.logout();
        mvc.perform(asDemoUser("engineer", post("/api/v1/requests/" + resource + "/resubmit"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"not a termination\"}"))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", "application/problem+json"));

        String update = JsonPath.read(mvc.perform(asDemoUser("engineer",
                        post("/api/v1/resources/" + resource + "/update")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"parameters": {"BucketNameSuffix": "%s", "Versioning": "Suspended"},
                                 "justification": "fewer versions"}""".formatted(suffix)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        sendBack(update, "keep versioning");
        mvc.perform(asDemoUser("engineer", put("/api/v1/requests/" + update))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"parameters": {"BucketNameSuffix": "%s", "Versioning": "Maybe"},
                                 "justification": ""}""".formatted(suffix)))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors[?(@.field == 'justification')].rule").value("REQUIRED"))
                .andExpect(jsonPath("$.errors[?(@.field == 'parameters.Versioning')]").isNotEmpty());
        mvc.perform(asDemoUser("engineer", put("/api/v1/requests/" + update))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"parameters": {"BucketNameSuffix": "%s", "Versioning": "Enabled",
                                 "ExpireAfterDays": "30"}, "justification": "expire instead"}""".formatted(suffix)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING_APPROVAL"))
                .andExpect(jsonPath("$.parameters.Versioning").value("Enabled"))
                .andExpect(jsonPath("$.justification").value("expire instead"))
                .andExpect(jsonPath("$.resubmissions[0].revision").value(2))
                .andExpect(jsonPath("$.stages[0].status").value("OPEN"));
        mvc.perform(asDemoUser("engineer", post("/api/v1/requests/" + update + "/withdraw")))
                .andExpect(status().isOk());

        String termination = JsonPath.read(mvc.perform(asDemoUser("engineer",
                        post("/api/v1/resources/" + resource + "/terminate")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"justification\": \"project ended\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(asDemoUser("engineer", post("/api/v1/requests/" + termination + "/resubmit"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"too early\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.requestStatus").value("PENDING_APPROVAL"));
        sendBack(termination, "is anything still using it?");
        mvc.perform(asDemoUser("engineer", put("/api/v1/requests/" + termination))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"justification\": \"edit\"}"))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", "application/problem+json"));
        mvc.perform(asDemoUser("engineer", post("/api/v1/requests/" + termination + "/resubmit"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("note"))
                .andExpect(jsonPath("$.errors[0].rule").value("REQUIRED"));
        mvc.perform(asDemoUser("engineer", post("/api/v1/requests/" + termination + "/resubmit")))
                .andExpect(status().isBadRequest());
        mvc.perform(asDemoUser("lead", post("/api/v1/requests/" + termination + "/resubmit"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"mine\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(asDemoUser("engineer", post("/api/v1/requests/" + termination + "/resubmit"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"no reads for 90 days\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING_APPROVAL"))
                .andExpect(jsonPath("$.resubmissions[0].note").value("no reads for 90 days"))
                .andExpect(jsonPath("$.stages[0].status").value("OPEN"));
    }

    @Test
    void aSandboxProductThatComesOutTaintedIsFailedWithAwsMessageAndTheRetryProvisionsIt() throws Exception {
        String name = "api-" + UUID.randomUUID().toString().substring(0, 8) + "-tainted";
        String id = JsonPath.read(mvc.perform(asDemoUser("engineer", post("/api/v1/requests"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"productId": "prod-sbxs3bucket01", "environment": "dev", "accountId": "123456789012",
                                 "parameters": {"BucketNameSuffix": "%s"}, "justification": "artifacts",
                                 "tags": {"cost-center": "CC-1001 Payments", "data-classification": "internal"}}
                                """.formatted(name)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        TestUsers.loginAs("engineer", Role.ENGINEER);
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(30))
                .until(() -> requests.get(UUID.fromString(id)).status() == RequestStatus.FAILED);
        TestUsers.logout();
        mvc.perform(asDemoUser("engineer", org.springframework.test.web.servlet.request
                        .MockMvcRequestBuilders.get("/api/v1/requests/" + id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FAILED"))
                .andExpect(jsonPath("$.statusReason").value(org.hamcrest.Matchers.containsString(
                        "as TAINTED: ")));

        mvc.perform(asDemoUser("engineer", post("/api/v1/requests/" + id + "/retry"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PROVISIONING"));
        TestUsers.loginAs("engineer", Role.ENGINEER);
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(30))
                .until(() -> requests.get(UUID.fromString(id)).status() == RequestStatus.PROVISIONED);
        org.assertj.core.api.Assertions.assertThat(requests.get(UUID.fromString(id)).outputs())
                .containsEntry("BucketName", "123456789012-eu-central-1-" + name);
    }
}
