package dev.skyway.portal.catalog;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dev.skyway.portal.PortalTestSupport;

/**
 * The catalog REST API through the whole application (HTTP Basic demo users, sandbox catalog).
 *
 * <p>Closes its context afterwards: {@code CurrentUser} reads the static {@code SecurityContextHolder}, whose strategy
 * the newest Vaadin application context replaces, so a shared context created before the OIDC tests' contexts would
 * no longer see its own logins (see the report on {@code CurrentUser}).
 */
class CatalogApiTests extends PortalTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @BeforeEach
    void synced() {
        syncedAsAdmin(catalog::syncNow);
    }

    @Test
    void listsProductsWithFilters() throws Exception {
        mvc.perform(asDemoUser("engineer", get("/api/v1/catalog/products")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(6)))
                .andExpect(jsonPath("$[0].name").value("ECS Fargate service"))
                .andExpect(jsonPath("$[0].portfolio").value("Compute"))
                .andExpect(jsonPath("$[0].version.name").value("1.0"))
                .andExpect(jsonPath("$[0].estimatedMonthlyCost.currency").value("USD"));
        mvc.perform(asDemoUser("approver", get("/api/v1/catalog/products").param("q", "postgres")))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value("prod-sbxrdspgsql01"));
        mvc.perform(asDemoUser("engineer", get("/api/v1/catalog/products").param("portfolio", "port-sbxnetwork01")))
                .andExpect(jsonPath("$", hasSize(1)));
        mvc.perform(asDemoUser("engineer", get("/api/v1/catalog/products").param("tag", "category=containers")))
                .andExpect(jsonPath("$", hasSize(2)));
    }

    @Test
    void productDetailHasParametersWithConstraintsAndHidesNoEchoDefaults() throws Exception {
        mvc.perform(asDemoUser("engineer", get("/api/v1/catalog/products/prod-sbxrdspgsql01")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version.id").value("pa-sbxrdspgsqlv2"))
                .andExpect(jsonPath("$.versions[1].deprecated").value(true))
                .andExpect(jsonPath("$.parameters", hasSize(11)))
                .andExpect(jsonPath("$.parameters[2].key").value("MasterPassword"))
                .andExpect(jsonPath("$.parameters[2].label").value("Master password"))
                .andExpect(jsonPath("$.parameters[2].group").value("Database"))
                .andExpect(jsonPath("$.parameters[2].noEcho").value(true))
                .andExpect(jsonPath("$.parameters[2].minLength").value(12))
                .andExpect(jsonPath("$.parameters[3].default").value("db.t4g.micro"))
                .andExpect(jsonPath("$.parameters[3].allowedValues", hasSize(4)))
                .andExpect(jsonPath("$.parameters[4].minValue").value(20))
                .andExpect(jsonPath("$.tagOptions.cost-center", hasSize(4)));
        mvc.perform(asDemoUser("engineer", get("/api/v1/catalog/products/prod-sbxrdspgsql01").param("version",
                        "pa-sbxrdspgsqlv1")))
                .andExpect(jsonPath("$.version.deprecated").value(true))
                .andExpect(jsonPath("$.parameters[2].default").doesNotExist());
    }

    @Test
    void unknownProductIsAProblemWith404() throws Exception {
        mvc.perform(asDemoUser("engineer", get("/api/v1/catalog/products/prod-unknown")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("Product not found"))
                .andExpect(jsonPath("$.productId").value("prod-unknown"));
    }

    @Test
    void onlyPlatformAdminsStartASync() throws Exception {
        mvc.perform(asDemoUser("engineer", post("/api/v1/catalog/sync"))).andExpect(status().isForbidden());
        mvc.perform(asDemoUser("finance", get("/api/v1/catalog/products"))).andExpect(status().isForbidden());
        mvc.perform(asDemoUser("admin", post("/api/v1/catalog/sync"))).andExpect(status().isAccepted());
        mvc.perform(asDemoUser("engineer", get("/api/v1/catalog/sync-status")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value("sandbox"));
    }
}
