package dev.skyway.portal.cost.api;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.skyway.portal.cost.CostSavings;
import dev.skyway.portal.cost.InvalidCostQueryException;
import dev.skyway.portal.cost.Recommendation;
import dev.skyway.portal.cost.RecommendationAction;
import dev.skyway.portal.cost.RecommendationFilter;
import dev.skyway.portal.cost.RecommendationTransitionException;
import dev.skyway.portal.cost.SavingsCoverage;
import dev.skyway.portal.cost.SavingsSummary;

/**
 * Savings recommendations and the savings summary under {@code /api/v1/cost}. Reading is for every role (limited to
 * the caller's teams' accounts unless finance or platform admin); moving a recommendation is for engineers,
 * approvers, finance and platform admins. A move its status does not allow answers 409.
 */
@Tag(name = "Cost")
@RestController
@RequestMapping("/api/v1/cost")
@PreAuthorize("hasAnyRole('ENGINEER', 'APPROVER', 'FINANCE', 'SECURITY', 'PLATFORM_ADMIN')")
class CostSavingsController {

    private final CostSavings savings;
    private final Clock clock;

    CostSavingsController(CostSavings savings, Clock clock) {
        this.savings = savings;
        this.clock = clock;
    }

    record RecommendationJson(UUID id, String source, String externalId, String kind, @Nullable String subAccountId,
                              @Nullable String accountName, @Nullable String resourceId,
                              @Nullable String serviceName, String summary, String currency,
                              @Nullable BigDecimal monthlyCost, BigDecimal estimatedMonthlySavings, String status,
                              @Nullable String statusReason, @Nullable LocalDate doneAt,
                              @Nullable BigDecimal baselineDailyCost, @Nullable Integer daysMeasured,
                              @Nullable BigDecimal realizedMonthlySavings, @Nullable String updatedBy,
                              Instant createdAt, Instant updatedAt, List<String> actions) {

        static RecommendationJson of(Recommendation r, boolean mayAct) {
            Recommendation.Realized done = r.realized();
            return new RecommendationJson(r.id(), r.source().name(), r.externalId(), r.kind().name(),
                    r.target().subAccountId(), r.target().accountName(), r.target().resourceId(),
                    r.target().serviceName(), r.summary(), r.figures().currency(), r.figures().monthlyCost(),
                    r.figures().estimatedMonthlySavings(), r.status().name(), r.tracking().reason(),
                    r.tracking().doneAt(), done == null ? null : done.baselineDailyCost(),
                    done == null ? null : done.daysMeasured(), r.realizedMonthlySavings(), r.tracking().updatedBy(),
                    r.tracking().createdAt(), r.tracking().updatedAt(), mayAct ? r.lifecycle().allowed().stream()
                    .map(RecommendationAction::name).toList() : List.of());
        }
    }

    record DismissJson(@Nullable String reason) {
    }

    record SummaryJson(String month, String currency, int open, int accepted, int done, int dismissed,
                       BigDecimal estimatedMonthlySavings, BigDecimal realizedMonthlySavings, int measuring,
                       SavingsCoverage coverage, List<String> otherCurrencies, String scope) {

        static SummaryJson of(YearMonth month, SavingsSummary s) {
            return new SummaryJson(month.toString(), s.currency(), s.open(), s.accepted(), s.done(), s.dismissed(),
                    s.estimatedMonthlySavings(), s.realizedMonthlySavings(), s.measuring(), s.coverage(),
                    s.otherCurrencies(), s.scope());
        }
    }

    @Operation(summary = "List savings recommendations")
    @GetMapping("/recommendations")
    List<RecommendationJson> recommendations(@RequestParam(required = false) @Nullable String status,
                                             @RequestParam(required = false) @Nullable String kind,
                                             @RequestParam(name = "SubAccountId", required = false)
                                             @Nullable String subAccountId) {
        boolean mayAct = savings.mayAct();
        return savings.recommendations(RecommendationFilter.parse(status, kind, subAccountId)).stream()
                .map(r -> RecommendationJson.of(r, mayAct)).toList();
    }

    @Operation(summary = "Get a savings recommendation")
    @GetMapping("/recommendations/{id}")
    RecommendationJson recommendation(@PathVariable UUID id) {
        return RecommendationJson.of(savings.find(id), savings.mayAct());
    }

    @Operation(summary = "Accept a savings recommendation")
    @ApiResponse(responseCode = "409", description = "The recommendation's status does not allow this")
    @PostMapping("/recommendations/{id}/accept")
    RecommendationJson accept(@PathVariable UUID id) {
        return RecommendationJson.of(savings.accept(id), true);
    }

    @Operation(summary = "Mark a savings recommendation done")
    @ApiResponse(responseCode = "409", description = "The recommendation's status does not allow this")
    @PostMapping("/recommendations/{id}/done")
    RecommendationJson done(@PathVariable UUID id) {
        return RecommendationJson.of(savings.done(id), true);
    }

    @Operation(summary = "Dismiss a savings recommendation")
    @ApiResponse(responseCode = "409", description = "The recommendation's status does not allow this")
    @PostMapping("/recommendations/{id}/dismiss")
    RecommendationJson dismiss(@PathVariable UUID id, @RequestBody(required = false) @Nullable DismissJson body) {
        return RecommendationJson.of(savings.dismiss(id, body == null || body.reason() == null ? ""
                : body.reason()), true);
    }

    @Operation(summary = "Reopen a savings recommendation")
    @ApiResponse(responseCode = "409", description = "The recommendation's status does not allow this")
    @PostMapping("/recommendations/{id}/reopen")
    RecommendationJson reopen(@PathVariable UUID id) {
        return RecommendationJson.of(savings.reopen(id), true);
    }

    @Operation(summary = "Get the realized and potential savings")
    @GetMapping("/savings")
    SummaryJson summary(@RequestParam(required = false) @Nullable String month) {
        YearMonth m = month(month);
        return SummaryJson.of(m, savings.summary(m));
    }

    @ExceptionHandler(RecommendationTransitionException.class)
    ProblemDetail conflict(RecommendationTransitionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Not possible in the recommendation's current status");
        problem.setProperty("recommendationStatus", e.from().name());
        problem.setProperty("action", e.action().name());
        return problem;
    }

    /** Absent means the current month (UTC). */
    private YearMonth month(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return YearMonth.now(clock.withZone(java.time.ZoneOffset.UTC));
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidCostQueryException(Map.of("month", "must be a month as YYYY-MM"),
                    "month must be a month as YYYY-MM");
        }
    }
}
