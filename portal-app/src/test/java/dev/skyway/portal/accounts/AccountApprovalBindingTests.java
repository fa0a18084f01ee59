package dev.skyway.portal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import dev.skyway.portal.PortalTestSupport;

/**
 * The portal's promise on approving account requests over the API: an approver decides on the version they read.
 * GET sends that version as {@code ETag} (the subject hash the approval engine holds); approve and reject must send
 * it back as {@code If-Match}: without it the answer is 428, with an older one 412, and nothing is decided. Editing a
 * pending request changes its ETag and voids every decision taken on the earlier version, earlier stages included.
 */
class AccountApprovalBindingTests extends PortalTestSupport {

    static final String PROD_OU = "ou-sk7y-prd30004";

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    String id;

    @BeforeEach
    void aPendingProdAccountRequest() throws Exception {
        syncedAsAdmin(accounts::syncNow);
        String name = "bind-" + UUID.randomUUID().toString().substring(0, 8);
        String created = mvc.perform(asDemoUser("engineer", post("/api/v1/account-requests"))
                        .contentType(MediaType.APPLICATION_JSON).content(body(name, "300.00")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        id = JsonPath.read(created, "$.id");
    }

    @Test
    void readingARequestGivesItsVersionAsETag() throws Exception {
        String etag = etag("approver");

        assertThat(etag).matches("\"[^\"]+\"");
        assertThat(etag("approver")).as("the same version reads the same").isEqualTo(etag);
        assertThat(etag.substring(1, etag.length() - 1)).isEqualTo(jdbc.queryForObject(
                "select subject_hash from accounts.account_request where id = ?", String.class, UUID.fromString(id)));
    }

    @Test
    void approvingWithoutSayingWhichVersionIs428AndDecidesNothing() throws Exception {
        mvc.perform(decide("approve", null, "{\"comment\": \"looks fine\"}"))
                .andExpect(status().isPreconditionRequired())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("If-Match")));
        mvc.perform(decide("reject", null, "{\"reason\": \"no\"}")).andExpect(status().isPreconditionRequired());
        mvc.perform(decide("approve", "*", "{}")).andExpect(status().isPreconditionRequired());

        assertThat(firstStage()).isEqualTo("OPEN");
    }

    @Test
    void approvingTheVersionReadRecordsTheDecision() throws Exception {
        mvc.perform(decide("approve", etag("approver"), "{\"comment\": \"fine\"}"))
                .andExpect(status().isOk());

        assertThat(firstStage()).isEqualTo("APPROVED");
    }

    @Test
    void anEditAfterTheApproverReadChangesTheETagAndTheOldOneIs412() throws Exception {
        String read = etag("approver");

        edit("500.00");

        assertThat(etag("approver")).isNotEqualTo(read);
        mvc.perform(decide("approve", read, "{\"comment\": \"fine\"}"))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(decide("reject", read, "{\"reason\": \"too expensive\"}"))
                .andExpect(status().isPreconditionFailed());
        assertThat(firstStage()).isEqualTo("OPEN");
    }

    @Test
    void anEditVoidsTheDecisionsOfEarlierStages() throws Exception {
        mvc.perform(decide("approve", etag("approver"), "{\"comment\": \"fine\"}")).andExpect(status().isOk());
        assertThat(firstStage()).isEqualTo("APPROVED");

        edit("700.00");

        mvc.perform(asDemoUser("engineer", get("/api/v1/account-requests/" + id)))
                .andExpect(jsonPath("$.status").value("PENDING_APPROVAL"))
                .andExpect(jsonPath("$.stages[0].status").value("OPEN"))
                .andExpect(jsonPath("$.stages[1].status").value(org.hamcrest.Matchers.not("APPROVED")));
        // security cannot finish it on the strength of the first approval of the old version
        mvc.perform(asDemoUser("security", post("/api/v1/account-requests/" + id + "/approve"))
                        .header("If-Match", etag("security")).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aTooLongReasonIs400NamingTheFieldAndDecidesNothing() throws Exception {
        mvc.perform(decide("reject", etag("approver"), "{\"reason\": \"" + "x".repeat(4001) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.errors[0].rule").value("MAX_LENGTH"));

        assertThat(firstStage()).isEqualTo("OPEN");
        assertThat(jdbc.queryForObject("select status from accounts.account_request where id = ?", String.class,
                UUID.fromString(id))).isEqualTo("PENDING_APPROVAL");
    }

    private String etag(String user) throws Exception {
        return mvc.perform(asDemoUser(user, get("/api/v1/account-requests/" + id)))
                .andExpect(status().isOk()).andExpect(header().exists("ETag"))
                .andReturn().getResponse().getHeader("ETag");
    }

    private org.springframework.test.web.servlet.RequestBuilder decide(String verb, String ifMatch, String body) {
        var request = asDemoUser("approver", post("/api/v1/account-requests/" + id + "/" + verb))
                .contentType(MediaType.APPLICATION_JSON).content(body);
        return ifMatch == null ? request : request.header("If-Match", ifMatch);
    }

    private void edit(String budget) throws Exception {
        String name = JsonPath.read(mvc.perform(asDemoUser("engineer", get("/api/v1/account-requests/" + id)))
                .andReturn().getResponse().getContentAsString(), "$.accountName");
        mvc.perform(asDemoUser("engineer", put("/api/v1/account-requests/" + id))
                        .contentType(MediaType.APPLICATION_JSON).content(body(name, budget)))
                .andExpect(status().isOk());
    }

    private String firstStage() throws Exception {
        return JsonPath.read(mvc.perform(asDemoUser("engineer", get("/api/v1/account-requests/" + id)))
                .andReturn().getResponse().getContentAsString(), "$.stages[0].status");
    }

    private static String body(String name, String budget) {
        return """
                {"accountName": "%s", "accountEmail": "aws+%s@example.com", "organizationalUnitId": "%s",
                 "ssoUserFirstName": "Erin", "ssoUserLastName": "Engineer", "ssoUserEmail": "erin@example.com",
                 "ownerTeam": "payments", "costCenter": "CC-2100", "environment": "prod", "monthlyBudget": %s,
                 "baseline": ["security-baseline"], "tags": {}, "justification": "binding test"}
                """.formatted(name, name, PROD_OU, budget);
    }
}
