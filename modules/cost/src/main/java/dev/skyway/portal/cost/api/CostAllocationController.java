package dev.skyway.portal.cost.api;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.skyway.portal.cost.AllocationRule;
import dev.skyway.portal.cost.CostAllocation;
import dev.skyway.portal.cost.CostMetric;
import dev.skyway.portal.cost.CostReports;
import dev.skyway.portal.cost.InvalidCostQueryException;
import dev.skyway.portal.cost.SharedCostRule;
import dev.skyway.portal.cost.Showback;

import jakarta.servlet.http.HttpServletResponse;

/** Allocation and shared-cost rules, the monthly showback and the FOCUS export under {@code /api/v1/cost}. */
@Tag(name = "Cost")
@RestController
@RequestMapping("/api/v1/cost")
@PreAuthorize("hasAnyRole('ENGINEER', 'APPROVER', 'FINANCE', 'SECURITY', 'PLATFORM_ADMIN')")
class CostAllocationController {

    private final CostAllocation allocation;
    private final CostReports reports;

    CostAllocationController(CostAllocation allocation, CostReports reports) {
        this.allocation = allocation;
        this.reports = reports;
    }

    record NewRuleJson(@Nullable Integer priority, @Nullable String kind, @Nullable String key,
                       @Nullable String value, @Nullable String team, @Nullable String costCenter) {
    }

    @Operation(summary = "List cost allocation rules")
    @GetMapping("/allocation-rules")
    List<AllocationRule> rules() {
        return allocation.rules();
    }

    @Operation(summary = "Add a cost allocation rule")
    @PostMapping("/allocation-rules")
    @PreAuthorize("hasAnyRole('FINANCE', 'PLATFORM_ADMIN')")
    ResponseEntity<AllocationRule> addRule(@RequestBody NewRuleJson body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(allocation.addRule(body.priority(), body.kind(),
                body.key(), body.value(), body.team(), body.costCenter()));
    }

    @Operation(summary = "Delete a cost allocation rule")
    @DeleteMapping("/allocation-rules/{id}")
    @PreAuthorize("hasAnyRole('FINANCE', 'PLATFORM_ADMIN')")
    ResponseEntity<Void> deleteRule(@PathVariable UUID id) {
        return allocation.deleteRule(id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    record NewSharedRuleJson(@Nullable String name, @Nullable String match, @Nullable String value,
                             @Nullable String method, @Nullable Map<String, BigDecimal> shares) {
    }

    @Operation(summary = "List shared-cost rules")
    @GetMapping("/shared-cost-rules")
    List<SharedCostRule> sharedRules() {
        return allocation.sharedRules();
    }

    @Operation(summary = "Add a shared-cost rule")
    @PostMapping("/shared-cost-rules")
    @PreAuthorize("hasAnyRole('FINANCE', 'PLATFORM_ADMIN')")
    ResponseEntity<SharedCostRule> addSharedRule(@RequestBody NewSharedRuleJson body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(allocation.addSharedRule(body.name(), body.match(),
                body.value(), body.method(), body.shares()));
    }

    @Operation(summary = "Delete a shared-cost rule")
    @DeleteMapping("/shared-cost-rules/{id}")
    @PreAuthorize("hasAnyRole('FINANCE', 'PLATFORM_ADMIN')")
    ResponseEntity<Void> deleteSharedRule(@PathVariable UUID id) {
        return allocation.deleteSharedRule(id) ? ResponseEntity.noContent().build()
                : ResponseEntity.notFound().build();
    }

    /** {@code month} as YYYY-MM (default: last month). */
    @Operation(summary = "Get the showback per team", description = "month as YYYY-MM (default: last month).")
    @GetMapping("/showback")
    Showback showback(@RequestParam(required = false) String month,
                      @RequestParam(defaultValue = "EffectiveCost") String metric) {
        YearMonth m;
        try {
            m = month == null || month.isBlank() ? YearMonth.now().minusMonths(1) : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidCostQueryException(Map.of("month", "must be a month as YYYY-MM"),
                    "month must be a month as YYYY-MM");
        }
        try {
            return reports.showback(m, CostMetric.parse(metric));
        } catch (InvalidCostQueryException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InvalidCostQueryException(Map.of("metric", e.getMessage().substring("metric ".length())),
                    e.getMessage());
        }
    }

    /** The allocated rollups of [start, end) as a FOCUS 1.2 CSV (the team in {@code x_Team}). */
    @Operation(summary = "Export allocated cost as FOCUS CSV",
            description = "The allocated rollups of [start, end) as a FOCUS 1.2 CSV (the team in x_Team).")
    @GetMapping("/export/focus")
    void exportFocus(@RequestParam String start, @RequestParam String end, HttpServletResponse response)
            throws IOException {
        LocalDate from = CostController.query(Map.of("start", start, "end", end)).start();
        LocalDate until = LocalDate.parse(end.strip());
        response.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8).toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"skyway-focus-" + from + "-"
                + until + ".csv\"");
        // the CSV printer flushes and closes the writer (and with it the response) when it is done
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        reports.exportFocus(from, until, out);
    }
}
