package dev.skyway.portal.provisioning;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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

import dev.skyway.portal.PortalTestSupport;
import dev.skyway.portal.accounts.Accounts;
import dev.skyway.portal.catalog.Catalog;

/**
 * With the real accounts module, a product request's target account is judged by the synced inventory (the sandbox
 * organization): the environment must be the account's, and the engineer (team payments) may target only their
 * team's accounts.
 */
class RequestTargetAccountApiTests extends PortalTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void synced() {
        syncedAsAdmin(catalog::syncNow);
        syncedAsAdmin(accounts::syncNow);
    }

    @Test
    void aDevRequestIntoTheTeamsProdAccountIs400NamingEnvironment() throws Exception {
        submit("dev", account("payments-prod"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors[?(@.field == 'environment')].rule").value("ACCOUNT_ENVIRONMENT"));
    }

    @Test
    void aRequestIntoAnotherTeamsAccountIs403() throws Exception {
        submit("dev", account("checkout-dev")).andExpect(status().isForbidden());
    }

    @Test
    void aProdRequestIntoTheTeamsProdAccountGoesToApproval() throws Exception {
        submit("prod", account("payments-prod")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PENDING_APPROVAL"))
                .andExpect(jsonPath("$.environment").value("prod"));
    }

    String account(String name) {
        return jdbc.queryForObject("select id from accounts.account where name = ?", String.class, name);
    }

    org.springframework.test.web.servlet.ResultActions submit(String environment, String accountId)
            throws Exception {
        return mvc.perform(asDemoUser("engineer", post("/api/v1/requests"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"productId": "prod-sbxs3bucket01", "environment": "%s", "accountId": "%s",
                         "parameters": {"BucketNameSuffix": "%s"}, "justification": "team artifacts",
                         "tags": {"cost-center": "CC-1001 Payments", "data-classification": "internal"}}
                        """.formatted(environment, accountId, "route-" + UUID.randomUUID().toString()
                        .substring(0, 8))));
    }
}
