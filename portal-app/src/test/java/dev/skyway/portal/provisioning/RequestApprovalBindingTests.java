package dev.skyway.portal.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import dev.skyway.portal.PortalTestSupport;
import dev.skyway.portal.catalog.Catalog;

/**
 * The promise of the approval binding: an approver's decision on a product request counts only for the version they
 * read. {@code GET /api/v1/requests/{id}} answers that version as its ETag; approve and reject require it back in
 * If-Match (428 without), refuse it once the request changed (412), and an edit by the requester is a new version
 * that voids the approvals given so far.
 */
class RequestApprovalBindingTests extends PortalTestSupport {

    static final String PROBLEM = "application/problem+json";

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @BeforeEach
    void synced() {
        syncedAsAdmin(catalog::syncNow);
    }

    @Test
    void theRequestsVersionIsItsETag() throws Exception {
        String id = submitted(database("orders database"));

        String etag = etag(id);
        assertThat(etag).matches("\"[^\"]+\"");
        assertThat(etag(id)).as("reading does not change it").isEqualTo(etag);
    }

    @Test
    void aDecisionWithoutIfMatchIs428AndDecidesNothing() throws Exception {
        String id = submitted(database("orders database"));

        for (String header : new String[] {null, "*"}) {
            var approve = asDemoUser("approver", post("/api/v1/requests/" + id + "/approve"))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"comment\": \"looks fine\"}");
            mvc.perform(header == null ? approve : approve.header(HttpHeaders.IF_MATCH, header))
                    .andExpect(status().isPreconditionRequired())
                    .andExpect(header().string("Content-Type", PROBLEM))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("If-Match")));
        }
        mvc.perform(asDemoUser("approver", post("/api/v1/requests/" + id + "/reject"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"too big\"}"))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(asDemoUser("approver", get("/api/v1/requests/" + id)))
                .andExpect(jsonPath("$.status").value("PENDING_APPROVAL"))
                .andExpect(jsonPath("$.stages[0].status").value("OPEN"));
    }

    @Test
    void anEditMakesANewVersionThatVoidsEarlierApprovalsAndTheOldVersionIs412() throws Exception {
        String id = submitted(database("orders database"));
        String reviewed = etag(id);
        approve("approver", id, reviewed).andExpect(status().isOk());
        sendBackAsFinance(id, reviewed);

        mvc.perform(asDemoUser("engineer", put("/api/v1/requests/" + id))
                        .contentType(MediaType.APPLICATION_JSON).content(database("orders database, budget agreed")))
                .andExpect(status().isOk());

        String edited = etag(id);
        assertThat(edited).isNotEqualTo(reviewed);
        mvc.perform(asDemoUser("approver", get("/api/v1/requests/" + id)))
                .andExpect(jsonPath("$.status").value("PENDING_APPROVAL"))
                .andExpect(jsonPath("$.stages[0].status").value("OPEN")) // the first approval no longer counts
                .andExpect(jsonPath("$.stages[0].completedAt").doesNotExist());
        approve("approver", id, reviewed)
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string("Content-Type", PROBLEM))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("changed")));
        reject("approver", id, "W/" + edited).andExpect(status().isPreconditionFailed());
        mvc.perform(asDemoUser("approver", get("/api/v1/requests/" + id)))
                .andExpect(jsonPath("$.stages[0].status").value("OPEN"));

        approve("approver", id, edited).andExpect(status().isOk())
                .andExpect(jsonPath("$.stages[0].status").value("APPROVED"));
    }

    org.springframework.test.web.servlet.ResultActions approve(String user, String id, String ifMatch)
            throws Exception {
        return mvc.perform(asDemoUser(user, post("/api/v1/requests/" + id + "/approve"))
                .header(HttpHeaders.IF_MATCH, ifMatch).contentType(MediaType.APPLICATION_JSON)
                .content("{\"comment\": \"reviewed\"}"));
    }

    org.springframework.test.web.servlet.ResultActions reject(String user, String id, String ifMatch)
            throws Exception {
        return mvc.perform(asDemoUser(user, post("/api/v1/requests/" + id + "/reject"))
                .header(HttpHeaders.IF_MATCH, ifMatch).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"not this one\"}"));
    }

    /** Finance, the second stage, sends the version it read back to the requester through the task API. */
    void sendBackAsFinance(String id, String etag) throws Exception {
        String tasks = mvc.perform(asDemoUser("finance", get("/api/v1/approvals")
                .param("subjectType", "product-request"))).andReturn().getResponse().getContentAsString();
        String taskId = JsonPath.<java.util.List<String>>read(tasks, "$.items[?(@.subjectId == '" + id + "')].id")
                .getFirst();
        mvc.perform(asDemoUser("finance", post("/api/v1/approvals/" + taskId + "/request-changes"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"subjectHash\": " + etag
                                + ", \"comment\": \"which budget?\"}"))
                .andExpect(status().isOk());
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> JsonPath.read(
                mvc.perform(asDemoUser("engineer", get("/api/v1/requests/" + id))).andReturn()
                        .getResponse().getContentAsString(), "$.status").equals("CHANGES_REQUESTED"));
    }

    String etag(String id) throws Exception {
        return mvc.perform(asDemoUser("approver", get("/api/v1/requests/" + id)))
                .andExpect(status().isOk()).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
    }

    String submitted(String body) throws Exception {
        return JsonPath.read(mvc.perform(asDemoUser("engineer", post("/api/v1/requests"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    /** A prod database: an approver, then finance. */
    static String database(String justification) {
        String name = "bind" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        return """
                {"productId": "prod-sbxrdspgsql01", "environment": "prod", "accountId": "123456789012",
                 "parameters": {"DBName": "%s", "MasterPassword": "Api-Passw0rd-2026",
                   "InstanceClass": "db.r7g.xlarge", "AllocatedStorage": "1200", "MultiAZ": "true",
                   "VpcId": "vpc-c60144761ddaa6b2e",
                   "SubnetIds": "subnet-33257e06966c08ed4,subnet-2c8c8c723180e9eb2"},
                 "justification": "%s",
                 "tags": {"cost-center": "CC-1001 Payments", "data-classification": "confidential"}}
                """.formatted(name, justification);
    }
}
