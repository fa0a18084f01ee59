package dev.skyway.portal.cost.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import dev.skyway.portal.cost.Budget;
import dev.skyway.portal.cost.BudgetConflictException;
import dev.skyway.portal.cost.BudgetDraft;
import dev.skyway.portal.cost.BudgetPeriod;
import dev.skyway.portal.cost.BudgetScope;
import dev.skyway.portal.cost.BudgetStatus;
import dev.skyway.portal.cost.BudgetThreshold;
import dev.skyway.portal.cost.CostBudgets;
import dev.skyway.portal.cost.CostMetric;
import dev.skyway.portal.cost.InvalidCostQueryException;
import dev.skyway.portal.platform.money.Money;

/**
 * The budgets resource's HTTP shape over a stubbed facade (who may call what is the facade's and the application's
 * access rules' business): JSON field names, 201 with a Location, 400 naming each field, 404, 409 on a stale
 * version, 204 on delete.
 */
class CostBudgetsControllerTests {

    static final UUID ID = UUID.fromString("6c1f3a52-2b7e-4d0c-9a41-1f0e2d3c4b5a");
    static final String BODY = """
            {"name": "payments-monthly", "scopeKind": "TEAM", "scopeValue": "payments", "period": "MONTHLY",
             "amount": 1000, "currency": "USD", "metric": "BilledCost",
             "thresholds": [{"type": "ACTUAL", "percent": 80}, {"type": "FORECAST", "percent": 100}]}""";

    final CostBudgets budgets = mock(CostBudgets.class);
    final MockMvc mvc = MockMvcBuilders.standaloneSetup(new CostBudgetsController(budgets))
            .setControllerAdvice(new CostProblems()).build();

    static Budget budget(int version) {
        List<BudgetThreshold> thresholds = List.of(BudgetThreshold.parse("ACTUAL:80"),
                BudgetThreshold.parse("FORECAST:100"));
        return new Budget(ID, "payments-monthly", new BudgetScope(BudgetScope.Kind.TEAM, "payments"),
                BudgetPeriod.MONTHLY, Money.of("1000.00", "USD"), CostMetric.BilledCost, thresholds,
                Budget.Source.PORTAL, null, "fay@example.com", version, new BudgetStatus("2026-12",
                LocalDate.parse("2026-12-01"), LocalDate.parse("2027-01-01"), new BigDecimal("812.40"),
                new BigDecimal("1050.00"), new BigDecimal("81.2"), thresholds, BudgetStatus.FROM_ROLLUPS));
    }

    @Test
    void theListCarriesEachBudgetWithItsStatus() throws Exception {
        when(budgets.list()).thenReturn(List.of(budget(3)));

        mvc.perform(get("/api/v1/cost/budgets")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(ID.toString()))
                .andExpect(jsonPath("$[0].name").value("payments-monthly"))
                .andExpect(jsonPath("$[0].scopeKind").value("TEAM"))
                .andExpect(jsonPath("$[0].scopeValue").value("payments"))
                .andExpect(jsonPath("$[0].period").value("MONTHLY"))
                .andExpect(jsonPath("$[0].amount").value(1000.00))
                .andExpect(jsonPath("$[0].currency").value("USD"))
                .andExpect(jsonPath("$[0].metric").value("BilledCost"))
                .andExpect(jsonPath("$[0].thresholds[0].type").value("ACTUAL"))
                .andExpect(jsonPath("$[0].thresholds[0].percent").value(80))
                .andExpect(jsonPath("$[0].source").value("PORTAL"))
                .andExpect(jsonPath("$[0].version").value(3))
                .andExpect(jsonPath("$[0].actual").value(812.40))
                .andExpect(jsonPath("$[0].forecast").value(1050.00))
                .andExpect(jsonPath("$[0].percentUsed").value(81.2))
                .andExpect(jsonPath("$[0].forecastPercent").value(105.0))
                .andExpect(jsonPath("$[0].crossed[1].type").value("FORECAST"))
                .andExpect(jsonPath("$[0].periodKey").value("2026-12"))
                .andExpect(jsonPath("$[0].editable").value(true));
    }

    @Test
    void createIs201WithItsLocationAndPassesTheThresholdsAsTyped() throws Exception {
        when(budgets.create(any())).thenReturn(budget(1));

        mvc.perform(post("/api/v1/cost/budgets").contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/cost/budgets/" + ID))
                .andExpect(jsonPath("$.version").value(1));
        ArgumentCaptor<BudgetDraft> draft = ArgumentCaptor.forClass(BudgetDraft.class);
        verify(budgets).create(draft.capture());
        org.assertj.core.api.Assertions.assertThat(draft.getValue().thresholds())
                .containsExactly("ACTUAL:80", "FORECAST:100");
        org.assertj.core.api.Assertions.assertThat(draft.getValue().amount()).isEqualByComparingTo("1000");
    }

    @Test
    void badInputIs400NamingEachField() throws Exception {
        when(budgets.create(any())).thenThrow(new InvalidCostQueryException(Map.of("amount",
                "must be more than 0, with at most 2 decimals", "scopeKind", "must be one of TEAM, ACCOUNT, "
                        + "COST_CENTER"), "amount must be more than 0, with at most 2 decimals"));

        mvc.perform(post("/api/v1/cost/budgets").contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors.amount").value("must be more than 0, with at most 2 decimals"))
                .andExpect(jsonPath("$.errors.scopeKind").exists());
        mvc.perform(put("/api/v1/cost/budgets/" + ID).contentType(MediaType.APPLICATION_JSON).content(BODY))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.version").value("is required: the version you read"));
    }

    @Test
    void aStaleVersionIs409AndAnUnknownBudget404() throws Exception {
        when(budgets.update(eq(ID), eq(2), any())).thenThrow(new BudgetConflictException(
                "Budget payments-monthly was changed by someone else since version 2"));
        when(budgets.find(ID)).thenReturn(Optional.empty());
        when(budgets.delete(ID)).thenReturn(true);

        mvc.perform(put("/api/v1/cost/budgets/" + ID).contentType(MediaType.APPLICATION_JSON)
                        .content(BODY.replace("{\"name\"", "{\"version\": 2, \"name\"")))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.detail").value("Budget payments-monthly was changed by someone else since "
                        + "version 2"));
        mvc.perform(get("/api/v1/cost/budgets/" + ID)).andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", "application/problem+json"));
        mvc.perform(delete("/api/v1/cost/budgets/" + ID)).andExpect(status().isNoContent());
        mvc.perform(delete("/api/v1/cost/budgets/" + UUID.randomUUID())).andExpect(status().isNotFound());
    }
}
