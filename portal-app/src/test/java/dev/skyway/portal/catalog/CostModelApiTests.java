package dev.skyway.portal.catalog;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import dev.skyway.portal.PortalTestSupport;

/**
 * The cost model REST API through the whole application: readers get the model, admins replace it (400 naming each
 * bad field, nothing stored) or remove it. The Lambda product's shipped model is put back after each test (the
 * application context and its database are shared with the other API tests).
 */
class CostModelApiTests extends PortalTestSupport {

    static final String PATH = "/api/v1/catalog/products/prod-sbxlambda0001/cost-model";
    static final String SHIPPED = """
            {"currency": "USD", "baseMonthly": 0.50,
             "rates": [{"parameter": "MemorySize", "matchValue": null, "unitPrice": 0.005}]}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @BeforeEach
    void synced() {
        syncedAsAdmin(catalog::syncNow);
    }

    @AfterEach
    void restoreTheShippedModel() throws Exception {
        mvc.perform(asDemoUser("admin", put(PATH)).contentType(MediaType.APPLICATION_JSON).content(SHIPPED))
                .andExpect(status().isOk());
    }

    @Test
    void readersGetTheModelAndAdminsReplaceIt() throws Exception {
        mvc.perform(asDemoUser("engineer", get(PATH)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.currency").value("USD"))
                .andExpect(jsonPath("$.rates[0].parameter").value("MemorySize"))
                .andExpect(jsonPath("$.rates[0].matchValue").doesNotExist());

        mvc.perform(asDemoUser("admin", put(PATH)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"currency": "EUR", "baseMonthly": 1.25,
                         "rates": [{"parameter": "MemorySize", "unitPrice": 0.01},
                                   {"parameter": "Architectures", "matchValue": "x86_64", "unitPrice": 2}]}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.currency").value("EUR"))
                .andExpect(jsonPath("$.baseMonthly").value(1.25))
                .andExpect(jsonPath("$.rates.length()").value(2));
        mvc.perform(asDemoUser("engineer", get("/api/v1/catalog/products/prod-sbxlambda0001")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.estimatedMonthlyCost.currency").value("EUR"));
        mvc.perform(asDemoUser("engineer", put(PATH)).contentType(MediaType.APPLICATION_JSON)
                .content(SHIPPED)).andExpect(status().isForbidden());
    }

    @Test
    void badModelIs400NamingEachFieldAndNothingIsStored() throws Exception {
        mvc.perform(asDemoUser("admin", put(PATH)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"currency": "EURO", "baseMonthly": -1.001,
                         "rates": [{"parameter": "Nope", "unitPrice": 1},
                                   {"parameter": "MemorySize", "unitPrice": 0.1,
                                    "timesParameter": "FunctionName"}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors[?(@.field == 'currency')].rule").value("ALLOWED_VALUES"))
                .andExpect(jsonPath("$.errors[?(@.field == 'baseMonthly')].rule").value("MIN_VALUE"))
                .andExpect(jsonPath("$.errors[?(@.field == 'rates[0].parameter')].rule").value("UNKNOWN_PARAMETER"))
                .andExpect(jsonPath("$.errors[?(@.field == 'rates[1].timesParameter')].rule").value("NOT_NUMERIC"));
        mvc.perform(asDemoUser("admin", put(PATH)).contentType(MediaType.APPLICATION_JSON).content("""
                        {"currency": "USD", "baseMonthly": 1,
                         "rates": [{"parameter": "MemorySize", "unitPrice": 1}, {"parameter": "MemorySize",
                                    "matchValue": "1024", "unitPrice": "lots"}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("rates[1].unitPrice"))
                .andExpect(jsonPath("$.errors[0].rule").value("TYPE"));
        mvc.perform(asDemoUser("admin", get(PATH)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.currency").value("USD"));
    }

    @Test
    void removedModelIs404WithAProblemAndUnknownProductsAre404() throws Exception {
        mvc.perform(asDemoUser("admin", delete(PATH))).andExpect(status().isNoContent());
        mvc.perform(asDemoUser("engineer", get(PATH)))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.title").value("No cost model"));
        mvc.perform(asDemoUser("admin", put("/api/v1/catalog/products/prod-nope/cost-model"))
                        .contentType(MediaType.APPLICATION_JSON).content(SHIPPED))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.productId").value("prod-nope"));
    }
}
