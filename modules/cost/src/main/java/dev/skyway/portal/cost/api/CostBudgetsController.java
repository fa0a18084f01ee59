package dev.skyway.portal.cost.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.skyway.portal.cost.Budget;
import dev.skyway.portal.cost.BudgetConflictException;
import dev.skyway.portal.cost.BudgetDraft;
import dev.skyway.portal.cost.BudgetThreshold;
import dev.skyway.portal.cost.CostBudgets;
import dev.skyway.portal.cost.InvalidCostQueryException;

/**
 * Budgets as a CRUD resource under {@code /api/v1/cost/budgets}: everyone who reads cost lists the budgets they may
 * see; finance and platform admins create, change (naming the {@code version} they read; a stale one is 409) and
 * delete the portal's own.
 */
@Tag(name = "Cost")
@RestController
@RequestMapping("/api/v1/cost/budgets")
@PreAuthorize("hasAnyRole('ENGINEER', 'APPROVER', 'FINANCE', 'SECURITY', 'PLATFORM_ADMIN')")
class CostBudgetsController {

    private final CostBudgets budgets;

    CostBudgetsController(CostBudgets budgets) {
        this.budgets = budgets;
    }

    record ThresholdJson(@Nullable String type, @Nullable Integer percent) {

        static ThresholdJson of(BudgetThreshold t) {
            return new ThresholdJson(t.type().name(), t.percent());
        }

        String key() {
            return (type == null ? "" : type) + ":" + (percent == null ? "" : percent);
        }
    }

    /** A budget as given to POST and PUT; PUT also names the version it changes. */
    record BudgetInputJson(@Nullable String name, @Nullable String scopeKind, @Nullable String scopeValue,
                           @Nullable String period, @Nullable BigDecimal amount, @Nullable String currency,
                           @Nullable String metric, @Nullable List<ThresholdJson> thresholds,
                           @Nullable Integer version) {

        BudgetDraft draft() {
            return new BudgetDraft(name, scopeKind, scopeValue, period, amount, currency, metric,
                    thresholds == null ? null : thresholds.stream().map(t -> t == null ? "" : t.key()).toList());
        }
    }

    record BudgetJson(UUID id, String name, String scopeKind, String scopeValue, String period, BigDecimal amount,
                      String currency, String metric, List<ThresholdJson> thresholds, String source,
                      @Nullable String awsName, String createdBy, int version, boolean editable, String periodKey,
                      LocalDate periodStart, LocalDate periodEnd, BigDecimal actual, @Nullable BigDecimal forecast,
                      BigDecimal percentUsed, @Nullable BigDecimal forecastPercent, List<ThresholdJson> crossed,
                      String figuresFrom) {

        static BudgetJson of(Budget b) {
            return new BudgetJson(b.id(), b.name(), b.scope().kind().name(), b.scope().value(), b.period().name(),
                    b.amount().amount(), b.amount().currency().getCurrencyCode(), b.metric().name(),
                    b.thresholds().stream().map(ThresholdJson::of).toList(), b.source().name(), b.awsName(),
                    b.createdBy(), b.version(), b.editable(), b.status().periodKey(), b.status().periodStart(),
                    b.status().periodEnd(), b.status().actual(), b.status().forecast(), b.status().percentUsed(),
                    b.forecastPercent(), b.status().crossed().stream().map(ThresholdJson::of).toList(),
                    b.status().figuresFrom());
        }
    }

    @Operation(summary = "List budgets")
    @GetMapping
    List<BudgetJson> list() {
        return budgets.list().stream().map(BudgetJson::of).toList();
    }

    @Operation(summary = "Get a budget")
    @GetMapping("/{id}")
    BudgetJson find(@PathVariable UUID id) {
        return budgets.find(id).map(BudgetJson::of).orElseThrow(() -> new NoSuchElementException("No budget " + id));
    }

    @Operation(summary = "Create a budget")
    @PostMapping
    @PreAuthorize("hasAnyRole('FINANCE', 'PLATFORM_ADMIN')")
    ResponseEntity<BudgetJson> create(@RequestBody BudgetInputJson body) {
        Budget created = budgets.create(body.draft());
        return ResponseEntity.created(URI.create("/api/v1/cost/budgets/" + created.id()))
                .body(BudgetJson.of(created));
    }

    @Operation(summary = "Change a budget")
    @ApiResponse(responseCode = "409",
            description = "The budget was changed by someone else meanwhile, or it is managed elsewhere")
    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('FINANCE', 'PLATFORM_ADMIN')")
    BudgetJson update(@PathVariable UUID id, @RequestBody BudgetInputJson body) {
        if (body.version() == null) {
            throw new InvalidCostQueryException(Map.of("version", "is required: the version you read"),
                    "version is required: the version you read");
        }
        return BudgetJson.of(budgets.update(id, body.version(), body.draft()));
    }

    @Operation(summary = "Delete a budget")
    @ApiResponse(responseCode = "409", description = "The budget is managed elsewhere")
    @DeleteMapping("/{id}")
    @PreAuthorize("hasAnyRole('FINANCE', 'PLATFORM_ADMIN')")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        if (!budgets.delete(id)) {
            throw new NoSuchElementException("No budget " + id);
        }
        return ResponseEntity.noContent().build();
    }

    @ExceptionHandler(BudgetConflictException.class)
    ProblemDetail conflict(BudgetConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Budget conflict");
        return problem;
    }
}
