package dev.skyway.portal.app;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dev.skyway.portal.PortalTestSupport;

/**
 * The start page's cards per role, through the whole application: each module's section answers for the roles it
 * serves and stays out of the others' pages, and no section fails.
 */
class HomeApiTests extends PortalTestSupport {

    @Autowired
    MockMvc mvc;

    @Test
    void anEngineerSeesTheirRequestsResourcesAndCost() throws Exception {
        mvc.perform(asDemoUser("engineer", get("/api/v1/home")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.failedSections").isEmpty())
                .andExpect(jsonPath("$.cards[*].id")
                        .value(hasItems("my-requests", "my-resources", "cost", "compliance", "incidents")))
                .andExpect(jsonPath("$.cards[?(@.id == 'compliance')].title")
                        .value(hasItem("Failing controls on my accounts")))
                .andExpect(jsonPath("$.cards[*].id").value(not(hasItem("sync-health"))))
                .andExpect(jsonPath("$.cards[*].id").value(not(hasItem("vending-queue"))))
                .andExpect(jsonPath("$.cards[?(@.id == 'my-requests')].figures[0].link").value(hasItem("requests")));
    }

    @Test
    void anApproverSeesTheInboxWithItsFigures() throws Exception {
        mvc.perform(asDemoUser("approver", get("/api/v1/home")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.failedSections").isEmpty())
                .andExpect(jsonPath("$.cards[0].id").value("approvals-inbox"))
                .andExpect(jsonPath("$.cards[0].figures[*].label")
                        .value(hasItems("Waiting for you", "Overdue", "Due within 24 h")))
                .andExpect(jsonPath("$.cards[*].id").value(not(hasItem("my-requests"))));
    }

    @Test
    void aPlatformAdminSeesEverySyncAndTheVendingQueue() throws Exception {
        mvc.perform(asDemoUser("admin", get("/api/v1/home")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.failedSections").isEmpty())
                .andExpect(jsonPath("$.cards[*].id")
                        .value(hasItems("sync-health", "vending-queue", "integrations", "compliance", "incidents")))
                .andExpect(jsonPath("$.cards[?(@.id == 'sync-health')].items[*].title")
                        .value(hasItems("catalog", "accounts-inventory")));
    }

    @Test
    void securitySeesScoresNewFailuresWaiversAndDrift() throws Exception {
        mvc.perform(asDemoUser("security", get("/api/v1/home")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.failedSections").isEmpty())
                .andExpect(jsonPath("$.cards[?(@.id == 'compliance')].figures[*].label")
                        .value(hasItems("New failures since yesterday", "Waivers ending in 14 days", "Drifted stacks")))
                .andExpect(jsonPath("$.cards[*].id").value(not(hasItem("cost"))));
    }

    @Test
    void financeSeesTheCostOfEverything() throws Exception {
        mvc.perform(asDemoUser("finance", get("/api/v1/home")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.failedSections").isEmpty())
                .andExpect(jsonPath("$.cards[?(@.id == 'cost')].title").value(hasItem("Cost this month")));
    }
}
