package dev.skyway.portal.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import dev.skyway.portal.PortalTestSupport;
import dev.skyway.portal.catalog.Catalog;

/**
 * Free text longer than the portal keeps is refused at the API edge as a 400 problem naming the field, before any
 * decision is recorded; what the approval engine accepts, the request keeps whole. A decision is never half
 * written (recorded by the engine, but the request left PENDING_APPROVAL).
 */
class InputLimitsSecurityTests extends PortalTestSupport {

    static final String PROBLEM = "application/problem+json";
    static final String TOO_LONG = "x".repeat(4001);

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void synced() {
        syncedAsAdmin(catalog::syncNow);
    }

    @Test
    void aTooLongRejectReasonOrApproveCommentIs400NamingTheFieldAndNothingIsDecided() throws Exception {
        String id = submitted();
        String etag = etag(id);

        decide("reject", id, etag, "{\"reason\": \"" + TOO_LONG + "\"}").andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].rule").value("MAX_LENGTH"));
        decide("approve", id, etag, "{\"comment\": \"" + TOO_LONG + "\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("comment"));

        assertUndecided(id);
    }

    @Test
    void aTooLongReasonThroughTheApprovalsTaskApiIs400NamingTheFieldAndNothingIsDecided() throws Exception {
        String id = submitted();
        String taskId = taskOf(id);

        mvc.perform(asDemoUser("approver", post("/api/v1/approvals/" + taskId + "/reject"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subjectHash\": " + etag(id) + ", \"reason\": \"" + TOO_LONG + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(asDemoUser("approver", post("/api/v1/approvals/" + taskId + "/approve"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subjectHash\": " + etag(id) + ", \"comment\": \"" + TOO_LONG + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("comment"));

        assertUndecided(id);
    }

    @Test
    void theLongestReasonTheEngineKeepsRejectsTheRequestWithTheWholeReason() throws Exception {
        String id = submitted();
        String reason = "r".repeat(4000);

        mvc.perform(asDemoUser("approver", post("/api/v1/approvals/" + taskOf(id) + "/reject"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subjectHash\": " + etag(id) + ", \"reason\": \"" + reason + "\"}"))
                .andExpect(status().isOk());

        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(10))
                .until(() -> "REJECTED".equals(JsonPath.read(read(id), "$.status")));
        assertThat((String) JsonPath.read(read(id), "$.statusReason")).isEqualTo(reason);
    }

    @Test
    void aTooLongWithdrawalReasonIs400AndTheRequestStaysPending() throws Exception {
        String id = submitted();

        mvc.perform(asDemoUser("engineer", post("/api/v1/requests/" + id + "/withdraw"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"" + "w".repeat(2001) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));

        assertUndecided(id);
    }

    @Test
    void tooLongRequestFieldsAre400NamingEachField() throws Exception {
        mvc.perform(asDemoUser("engineer", post("/api/v1/requests"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"productId": "prod-sbxs3bucket01", "environment": "staging",
                                 "accountId": "123456789012", "parameters": {"BucketNameSuffix": "limits-ok"},
                                 "justification": "%s", "costCenter": "%s",
                                 "tags": {"cost-center": "CC-1001 Payments", "data-classification": "internal",
                                          "owner": "%s"}}
                                """.formatted("j".repeat(2001), "c".repeat(129), "o".repeat(257))))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", PROBLEM))
                .andExpect(jsonPath("$.errors[?(@.field == 'justification')].rule").value("MAX_LENGTH"))
                .andExpect(jsonPath("$.errors[?(@.field == 'costCenter')].rule").value("MAX_LENGTH"))
                .andExpect(jsonPath("$.errors[?(@.field == 'tags.owner')].rule").value("MAX_LENGTH"));
    }

    void assertUndecided(String id) throws Exception {
        mvc.perform(asDemoUser("approver", get("/api/v1/requests/" + id)))
                .andExpect(jsonPath("$.status").value("PENDING_APPROVAL"))
                .andExpect(jsonPath("$.stages[0].status").value("OPEN"));
        assertThat(jdbc.queryForObject("select count(*) from approvals.decision d join approvals.process p "
                + "on p.id = d.process_id where p.subject_id = ?", Integer.class, id)).isZero();
    }

    ResultActions decide(String verb, String id, String etag, String body) throws Exception {
        return mvc.perform(asDemoUser("approver", post("/api/v1/requests/" + id + "/" + verb))
                .header(HttpHeaders.IF_MATCH, etag).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    String taskOf(String id) throws Exception {
        String tasks = mvc.perform(asDemoUser("approver", get("/api/v1/approvals")
                .param("subjectType", "product-request"))).andReturn().getResponse().getContentAsString();
        return JsonPath.<List<String>>read(tasks, "$.items[?(@.subjectId == '" + id + "')].id").getFirst();
    }

    String etag(String id) throws Exception {
        return mvc.perform(asDemoUser("approver", get("/api/v1/requests/" + id))).andReturn().getResponse()
                .getHeader(HttpHeaders.ETAG);
    }

    String read(String id) throws Exception {
        return mvc.perform(asDemoUser("engineer", get("/api/v1/requests/" + id))).andReturn().getResponse()
                .getContentAsString();
    }

    /** A staging bucket: one approver stage. */
    String submitted() throws Exception {
        return JsonPath.read(mvc.perform(asDemoUser("engineer", post("/api/v1/requests"))
                .contentType(MediaType.APPLICATION_JSON).content(ProductRequestsApiTests.bucket("staging",
                        "limits-" + UUID.randomUUID().toString().substring(0, 8))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }
}
