package dev.skyway.portal.cost.api;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import dev.skyway.portal.cost.CostAnomaly;
import dev.skyway.portal.cost.CostInsights;

/**
 * The anomalies API's JSON over a stubbed facade (which changes an anomaly carries is the facade's business): each
 * anomaly keeps its fields and gains the portal's changes on its account, each with when, what, a title and a link.
 */
class CostInsightsControllerTests {

    static final UUID ID = UUID.fromString("0b6f3c1e-2a4d-4c8e-9f10-3b2a1c0d9e8f");
    static final UUID REQUEST = UUID.fromString("5d2e8c4a-7b1f-4e3d-8a9c-6f0e1d2c3b4a");

    CostInsights insights = mock(CostInsights.class);
    MockMvc mvc;

    @BeforeEach
    void api() {
        mvc = MockMvcBuilders.standaloneSetup(new CostInsightsController(insights))
                .setControllerAdvice(new CostProblems()).build();
    }

    @Test
    void anAnomalyListsThePortalsChangesOnItsAccountBesideWhatMoved() throws Exception {
        LocalDate day = LocalDate.parse("2024-10-15");
        when(insights.anomalies(day, day.plusDays(1))).thenReturn(List.of(new CostAnomaly(ID, day,
                "SubAccountId/ServiceName", "382272806015/Amazon Elastic Compute Cloud",
                "payments-prod · Amazon Elastic Compute Cloud", "382272806015", "Amazon Elastic Compute Cloud",
                "USD", new BigDecimal("40.00"), new BigDecimal("412.50"), new BigDecimal("372.50"), 18.4,
                List.of(new CostAnomaly.Contributor("RegionId", "eu-west-1", new BigDecimal("350.25"))), null,
                "PORTAL", List.of(new CostAnomaly.Change(Instant.parse("2024-10-14T09:30:00Z"),
                "PRODUCT_PROVISIONED", "Provisioned batch-workers (EC2 fleet 1.0)", "requests/" + REQUEST,
                "Erin Engineer")))));

        mvc.perform(get("/api/v1/cost/anomalies").param("start", "2024-10-15").param("end", "2024-10-16"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(ID.toString()))
                .andExpect(jsonPath("$[0].date").value("2024-10-15"))
                .andExpect(jsonPath("$[0].dimension").value("SubAccountId/ServiceName"))
                .andExpect(jsonPath("$[0].impact").value(372.50))
                .andExpect(jsonPath("$[0].contributors[0].key").value("eu-west-1"))
                .andExpect(jsonPath("$[0].changes.length()").value(1))
                .andExpect(jsonPath("$[0].changes[0].at").value("2024-10-14T09:30:00Z"))
                .andExpect(jsonPath("$[0].changes[0].kind").value("PRODUCT_PROVISIONED"))
                .andExpect(jsonPath("$[0].changes[0].title").value("Provisioned batch-workers (EC2 fleet 1.0)"))
                .andExpect(jsonPath("$[0].changes[0].link").value("requests/" + REQUEST));
    }

    @Test
    void anAnomalyWithoutChangesHasAnEmptyList() throws Exception {
        LocalDate day = LocalDate.parse("2024-10-15");
        when(insights.anomalies(day, day.plusDays(1))).thenReturn(List.of(new CostAnomaly(ID, day, "ServiceName",
                "Tax", "Tax", null, "Tax", "USD", BigDecimal.ONE, BigDecimal.TEN, new BigDecimal("9"), 9.0,
                List.of(), null, "AWS", List.of())));

        mvc.perform(get("/api/v1/cost/anomalies").param("start", "2024-10-15").param("end", "2024-10-16"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].changes").isArray())
                .andExpect(jsonPath("$[0].changes.length()").value(0));
    }
}
