package dev.skyway.portal.accounts;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.TestUsers;

/** The account request REST API through the whole application (HTTP Basic demo users, sandbox organization). */
class AccountRequestsApiTests extends PortalTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void synced() {
        syncedAsAdmin(accounts::syncNow);
    }

    static String body(String name, String email, String ou) {
        return """
                {"accountName": "%s", "accountEmail": "%s", "organizationalUnitId": "%s",
                 "ssoUserFirstName": "Erin", "ssoUserLastName": "Engineer", "ssoUserEmail": "erin@example.com",
                 "ownerTeam": "payments", "costCenter": "CC-2100", "environment": "dev", "monthlyBudget": 300.00,
                 "baseline": ["security-baseline", "network-baseline"], "tags": {"project": "api"},
                 "justification": "API test"}
                """.formatted(name, email, ou);
    }

    @Test
    void anEngineerSubmitsAndGets201WithStatusAndStagesThenReadsItAndTheirList() throws Exception {
        String name = "api-" + UUID.randomUUID().toString().substring(0, 8);
        String created = mvc.perform(asDemoUser("engineer", post("/api/v1/account-requests"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(name, "aws+" + name + "@example.com", "ou-sk7y-sbx40006")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/account-requests/")))
                .andExpect(jsonPath("$.status").value("PENDING_APPROVAL"))
                .andExpect(jsonPath("$.stages[0].name").value("Team lead or approver"))
                .andExpect(jsonPath("$.organizationalUnitPath").value("Sandbox"))
                .andExpect(jsonPath("$.baselines[1].id").value("network-baseline"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");

        mvc.perform(asDemoUser("engineer", get("/api/v1/account-requests/" + id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING_APPROVAL"))
                .andExpect(jsonPath("$.accountId").doesNotExist());
        mvc.perform(asDemoUser("engineer", get("/api/v1/account-requests").param("mine", "true")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(id)));
    }

    @Test
    void aDuplicateEmailOrAnUnknownOuIs400NamingTheFieldAndNothingIsStored() throws Exception {
        int before = jdbc.queryForObject("select count(*) from accounts.account_request", Integer.class);
        mvc.perform(asDemoUser("engineer", post("/api/v1/account-requests"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("dup", "aws+payments-prod@example.com", "ou-sk7y-sbx40006")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("accountEmail"))
                .andExpect(jsonPath("$.errors[0].rule").value("DUPLICATE"));
        mvc.perform(asDemoUser("engineer", post("/api/v1/account-requests"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("nowhere", "aws+nowhere@example.com", "ou-none-00000000")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("organizationalUnitId"))
                .andExpect(jsonPath("$.errors[0].rule").value("UNKNOWN"));
        mvc.perform(asDemoUser("engineer", post("/api/v1/account-requests"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"monthlyBudget\": \"lots\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(asDemoUser("finance", post("/api/v1/account-requests"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("fin", "aws+fin@example.com", "ou-sk7y-sbx40006")))
                .andExpect(status().isForbidden());
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                "select count(*) from accounts.account_request", Integer.class)).isEqualTo(before);
    }

    @Test
    void theRequesterCannotApproveTheirOwnRequestButAnApproverCanAndItIsQueued() throws Exception {
        String name = "apr-" + UUID.randomUUID().toString().substring(0, 8);
        String created = mvc.perform(asDemoUser("engineer", post("/api/v1/account-requests"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(name, "aws+" + name + "@example.com", "ou-sk7y-sbx40006")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        String etag = mvc.perform(asDemoUser("approver", get("/api/v1/account-requests/" + id)))
                .andReturn().getResponse().getHeader("ETag");

        mvc.perform(asDemoUser("engineer", post("/api/v1/account-requests/" + id + "/approve"))
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"comment\": \"me\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("You cannot approve or reject your own request"));
        mvc.perform(asDemoUser("approver", post("/api/v1/account-requests/" + id + "/approve"))
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"comment\": \"fine\"}"))
                .andExpect(status().isOk());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> !"PENDING_APPROVAL"
                .equals(jdbc.queryForObject("select status from accounts.account_request where id = ?", String.class,
                        UUID.fromString(id))));
        mvc.perform(asDemoUser("engineer", get("/api/v1/account-requests/" + id)))
                .andExpect(jsonPath("$.stages[0].status").value("APPROVED"));

        // the vending job creates it in the sandbox organization, deploys the baselines, and the inventory has it
        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(120))
                .until(() -> "PROVISIONED".equals(JsonPath.read(mvc.perform(asDemoUser("engineer",
                        get("/api/v1/account-requests/" + id))).andReturn().getResponse().getContentAsString(),
                        "$.status")));
        String vended = mvc.perform(asDemoUser("engineer", get("/api/v1/account-requests/" + id)))
                .andReturn().getResponse().getContentAsString();
        String accountId = JsonPath.read(vended, "$.accountId");
        mvc.perform(asDemoUser("engineer", get("/api/v1/accounts/" + accountId)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.email").value("aws+" + name + "@example.com"))
                .andExpect(jsonPath("$.ouId").value("ou-sk7y-sbx40006"));
    }

    @Test
    void closingAnAccountOfAnotherTeamIs403AndAnUnknownAccount404() throws Exception {
        TestUsers.loginAs("admin", Role.PLATFORM_ADMIN);
        String logArchive;
        try {
            logArchive = accounts.search(new AccountQuery("log-archive", null, null, null, null), 0, 1).getFirst()
                    .id();
        } finally {
            TestUsers.logout();
        }
        mvc.perform(asDemoUser("engineer", post("/api/v1/accounts/" + logArchive + "/close-requests"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"justification\": \"no\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(asDemoUser("admin", post("/api/v1/accounts/999999999999/close-requests"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"justification\": \"gone\"}"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }
}
