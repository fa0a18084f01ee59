package dev.skyway.portal.accounts;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dev.skyway.portal.PortalTestSupport;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.TestUsers;

/** The accounts REST API through the whole application (HTTP Basic demo users, sandbox organization). */
class AccountsApiTests extends PortalTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @BeforeEach
    void synced() {
        syncedAsAdmin(accounts::syncNow);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void listsAccountsWithFiltersPagingAndTheTotal() throws Exception {
        // 42 seeded accounts, plus any that other tests vended into the shared sandbox organization
        String total = String.valueOf(jdbc.queryForObject("select count(*) from accounts.account", Integer.class));
        org.assertj.core.api.Assertions.assertThat(Integer.parseInt(total)).isGreaterThanOrEqualTo(42);
        mvc.perform(asDemoUser("finance", get("/api/v1/accounts").param("limit", "10")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", total))
                .andExpect(jsonPath("$", hasSize(10)));
        mvc.perform(asDemoUser("engineer", get("/api/v1/accounts").param("ouId", "ou-sk7y-wrk30003")
                        .param("team", "payments").param("tag", "environment=prod")))
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(jsonPath("$[0].name").value("payments-prod"))
                .andExpect(jsonPath("$[0].ouPath").value("Workloads/Prod"))
                .andExpect(jsonPath("$[0].ownerTeam").value("payments"))
                .andExpect(jsonPath("$[0].costCenter").value("CC-2100"))
                .andExpect(jsonPath("$[0].tags.environment").value("prod"))
                .andExpect(jsonPath("$[0].email").value("aws+payments-prod@example.com"));
        mvc.perform(asDemoUser("security", get("/api/v1/accounts").param("status", "SUSPENDED").param("q", "legacy")))
                .andExpect(jsonPath("$", hasSize(2)));
    }

    @Test
    void oneAccountByIdAndAProblemForAnUnknownOne() throws Exception {
        String id = firstId();
        mvc.perform(asDemoUser("approver", get("/api/v1/accounts/" + id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id));
        mvc.perform(asDemoUser("engineer", get("/api/v1/accounts/999999999999")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("Account not found"))
                .andExpect(jsonPath("$.accountId").value("999999999999"));
    }

    @Test
    void listsTheOrganizationalUnitsFlatWithPaths() throws Exception {
        mvc.perform(asDemoUser("engineer", get("/api/v1/organizational-units")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(8)))
                .andExpect(jsonPath("$[0].id").value("r-sk7y"))
                .andExpect(jsonPath("$[0].parentId").doesNotExist())
                .andExpect(jsonPath("$[7].path").value("Workloads/Prod"))
                .andExpect(jsonPath("$[7].parentId").value("ou-sk7y-wrk30003"));
    }

    @Test
    void onlyPlatformAdminsStartASync() throws Exception {
        mvc.perform(asDemoUser("engineer", post("/api/v1/accounts/sync"))).andExpect(status().isForbidden());
        mvc.perform(asDemoUser("admin", post("/api/v1/accounts/sync"))).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.state").exists());
    }

    private String firstId() {
        TestUsers.loginAs("erin", Role.ENGINEER);
        try {
            return accounts.search(AccountQuery.all(), 0, 1).getFirst().id();
        } finally {
            TestUsers.logout();
        }
    }
}
