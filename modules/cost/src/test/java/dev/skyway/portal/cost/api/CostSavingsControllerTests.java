package dev.skyway.portal.cost.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import dev.skyway.portal.cost.CostSavings;
import dev.skyway.portal.cost.Recommendation;
import dev.skyway.portal.cost.RecommendationAction;
import dev.skyway.portal.cost.RecommendationFilter;
import dev.skyway.portal.cost.RecommendationKind;
import dev.skyway.portal.cost.RecommendationLifecycle;
import dev.skyway.portal.cost.RecommendationSource;
import dev.skyway.portal.cost.RecommendationStatus;
import dev.skyway.portal.cost.SavingsCoverage;
import dev.skyway.portal.cost.SavingsSummary;

/**
 * The savings API's HTTP contract over a stubbed facade (role checks and the data are the contract tests' business):
 * JSON shapes, the filters, 400 problems for bad parameters and reasons, 404 for unknown ids and 409 for a move the
 * status does not allow.
 */
class CostSavingsControllerTests {

    static final UUID ID = UUID.fromString("7b0c6c2e-8f1e-4a53-9d8e-0c1f2a3b4c5d");

    CostSavings savings = mock(CostSavings.class);
    MockMvc mvc;

    @BeforeEach
    void api() {
        Clock clock = Clock.fixed(Instant.parse("2024-11-20T08:00:00Z"), ZoneOffset.UTC);
        mvc = MockMvcBuilders.standaloneSetup(new CostSavingsController(savings, clock))
                .setControllerAdvice(new CostProblems()).build();
        when(savings.mayAct()).thenReturn(true);
    }

    static Recommendation recommendation(RecommendationStatus status) {
        Instant at = Instant.parse("2024-11-01T00:00:00Z");
        return new Recommendation(ID, RecommendationSource.RIGHTSIZING, "382272806015/i-0abc/RIGHTSIZE",
                RecommendationKind.RIGHTSIZE, new Recommendation.Target("382272806015", "payments-prod", "i-0abc",
                "Amazon Elastic Compute Cloud"), "Resize i-0abc from m5.2xlarge to m5.xlarge",
                new Recommendation.Figures("USD", new BigDecimal("280.32"), new BigDecimal("140.16")),
                new Recommendation.Tracking(status, null, status == RecommendationStatus.DONE
                        ? LocalDate.parse("2024-11-10") : null, "fay", at, at),
                status == RecommendationStatus.DONE ? new Recommendation.Realized(LocalDate.parse("2024-11-10"),
                        new BigDecimal("9.2000"), 9, new BigDecimal("4.6000"), new BigDecimal("138.00")) : null);
    }

    @Test
    void theListIsFilteredByStatusKindAndAccountAndSaysWhatTheCallerMayDo() throws Exception {
        when(savings.recommendations(new RecommendationFilter(RecommendationStatus.OPEN, RecommendationKind.RIGHTSIZE,
                "382272806015"))).thenReturn(List.of(recommendation(RecommendationStatus.OPEN)));

        mvc.perform(get("/api/v1/cost/recommendations").param("status", "OPEN").param("kind", "RIGHTSIZE")
                        .param("SubAccountId", "382272806015"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(ID.toString()))
                .andExpect(jsonPath("$[0].source").value("RIGHTSIZING"))
                .andExpect(jsonPath("$[0].accountName").value("payments-prod"))
                .andExpect(jsonPath("$[0].estimatedMonthlySavings").value(140.16))
                .andExpect(jsonPath("$[0].status").value("OPEN"))
                .andExpect(jsonPath("$[0].actions[0]").value("ACCEPT"))
                .andExpect(jsonPath("$[0].actions[1]").value("DISMISS"));
    }

    @Test
    void aDoneRecommendationShowsItsRealizedSavings() throws Exception {
        when(savings.find(ID)).thenReturn(recommendation(RecommendationStatus.DONE));

        mvc.perform(get("/api/v1/cost/recommendations/" + ID))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.doneAt").value("2024-11-10"))
                .andExpect(jsonPath("$.baselineDailyCost").value(9.2))
                .andExpect(jsonPath("$.daysMeasured").value(9))
                .andExpect(jsonPath("$.realizedMonthlySavings").value(138.0))
                .andExpect(jsonPath("$.actions").isEmpty());
    }

    @Test
    void unknownFilterValuesAre400ProblemsNamingEachParameter() throws Exception {
        mvc.perform(get("/api/v1/cost/recommendations").param("status", "CLOSED").param("kind", "RESIZE"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.status").value("must be one of OPEN, ACCEPTED, DONE, DISMISSED"))
                .andExpect(jsonPath("$.errors.kind").exists());
    }

    @Test
    void aMoveTheStatusDoesNotAllowIsA409Problem() throws Exception {
        when(savings.reopen(ID)).thenAnswer(i -> new RecommendationLifecycle(RecommendationStatus.DONE).reopen());

        mvc.perform(post("/api/v1/cost/recommendations/" + ID + "/reopen"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("This recommendation is DONE and cannot be reopened: done is final"))
                .andExpect(jsonPath("$.recommendationStatus").value("DONE"))
                .andExpect(jsonPath("$.action").value(RecommendationAction.REOPEN.name()));
    }

    @Test
    void dismissingTakesTheReasonFromTheBodyAndABlankOneIsA400() throws Exception {
        when(savings.dismiss(eq(ID), any())).thenAnswer(i -> {
            new RecommendationLifecycle(RecommendationStatus.OPEN).dismiss(i.getArgument(1));
            return recommendation(RecommendationStatus.DISMISSED);
        });

        mvc.perform(post("/api/v1/cost/recommendations/" + ID + "/dismiss").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"the instance is retired next month\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DISMISSED"))
                .andExpect(jsonPath("$.actions[0]").value("REOPEN"));
        verify(savings).dismiss(ID, "the instance is retired next month");
        mvc.perform(post("/api/v1/cost/recommendations/" + ID + "/dismiss").contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.reason").value("is required to dismiss a recommendation"));
    }

    @Test
    void anUnknownOrHiddenRecommendationIs404() throws Exception {
        when(savings.accept(ID)).thenThrow(new NoSuchElementException("No savings recommendation " + ID));

        mvc.perform(post("/api/v1/cost/recommendations/" + ID + "/accept"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No savings recommendation " + ID));
    }

    @Test
    void theSummaryIsForTheGivenMonthOrTheCurrentOne() throws Exception {
        SavingsCoverage coverage = new SavingsCoverage(YearMonth.of(2024, 10), "USD", new BigDecimal("1000.00"),
                new BigDecimal("400.00"), new BigDecimal("40.0"), true, new BigDecimal("500.00"),
                new BigDecimal("80.0"), "Coverage of eligible compute by commitments");
        when(savings.summary(any())).thenReturn(new SavingsSummary("USD", 3, 1, 2, 4, new BigDecimal("420.00"),
                new BigDecimal("138.00"), 1, coverage, List.of("EUR"), "all accounts"));

        mvc.perform(get("/api/v1/cost/savings").param("month", "2024-10"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.month").value("2024-10"))
                .andExpect(jsonPath("$.open").value(3))
                .andExpect(jsonPath("$.estimatedMonthlySavings").value(420.0))
                .andExpect(jsonPath("$.realizedMonthlySavings").value(138.0))
                .andExpect(jsonPath("$.coverage.month").value("2024-10"))
                .andExpect(jsonPath("$.coverage.coverage").value(40.0))
                .andExpect(jsonPath("$.coverage.utilization").value(80.0))
                .andExpect(jsonPath("$.otherCurrencies[0]").value("EUR"));
        verify(savings).summary(YearMonth.of(2024, 10));
        mvc.perform(get("/api/v1/cost/savings")).andExpect(jsonPath("$.month").value("2024-11"));
        mvc.perform(get("/api/v1/cost/savings").param("month", "October"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.month").value("must be a month as YYYY-MM"));
    }
}
