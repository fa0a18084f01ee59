package dev.skyway.portal.cost.api;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.skyway.portal.cost.Breakdown;
import dev.skyway.portal.cost.CostImport;
import dev.skyway.portal.cost.CostImports;
import dev.skyway.portal.cost.CostMetric;
import dev.skyway.portal.cost.CostQuery;
import dev.skyway.portal.cost.CostReports;
import dev.skyway.portal.cost.DailySeries;
import dev.skyway.portal.cost.InvalidCostQueryException;

/** Cost imports, breakdowns and daily series under {@code /api/v1/cost}. */
@Tag(name = "Cost")
@RestController
@RequestMapping("/api/v1/cost")
@PreAuthorize("hasAnyRole('ENGINEER', 'APPROVER', 'FINANCE', 'SECURITY', 'PLATFORM_ADMIN')")
class CostController {

    private static final Set<String> QUERY_PARAMETERS = Set.of("start", "end", "metric", "groupBy", "currency");

    private final CostImports imports;
    private final CostReports reports;

    CostController(CostImports imports, CostReports reports) {
        this.imports = imports;
        this.reports = reports;
    }

    /**
     * One FOCUS file as the body: {@code text/csv} (optionally {@code Content-Encoding: gzip}) or
     * {@code application/vnd.apache.parquet}. 202 when the import started, 200 when the same file was imported
     * before (nothing changes), 400 naming the missing columns when it is not FOCUS.
     */
    @Operation(summary = "Import a FOCUS cost file",
            description = "text/csv (optionally Content-Encoding: gzip) or application/vnd.apache.parquet as the body. "
                    + "202 when the import started, 200 when the same file was imported before.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "The FOCUS file", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "application/vnd.apache.parquet",
                    schema = @Schema(type = "string", format = "binary"))})
    @PostMapping("/imports")
    @PreAuthorize("hasAnyRole('FINANCE', 'PLATFORM_ADMIN')")
    ResponseEntity<CostJson.ImportJson> upload(InputStream body,
                                               @RequestHeader(value = "Content-Type", required = false) String type,
                                               @RequestHeader(value = "Content-Encoding", required = false)
                                               String encoding,
                                               @RequestParam(value = "name", required = false) String name)
            throws IOException {
        String format = format(type, encoding, name);
        CostImports.Accepted accepted = imports.upload(body, format, name);
        return ResponseEntity.status(accepted.duplicate() ? HttpStatus.OK : HttpStatus.ACCEPTED)
                .body(CostJson.ImportJson.of(accepted.costImport(), accepted.duplicate()));
    }

    @Operation(summary = "Get a cost import")
    @GetMapping("/imports/{id}")
    ResponseEntity<CostJson.ImportJson> importStatus(@PathVariable UUID id) {
        return imports.find(id).map(i -> ResponseEntity.ok(CostJson.ImportJson.of(i, false)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @Operation(summary = "List recent cost imports")
    @GetMapping("/imports")
    List<CostJson.ImportJson> recentImports(@RequestParam(defaultValue = "50") int limit) {
        return imports.recent(limit).stream().map(i -> CostJson.ImportJson.of(i, false)).toList();
    }

    /**
     * Cost by one dimension over [start, end). {@code groupBy} is a rollup dimension, {@code tag:<key>}, or one of
     * {@code ResourceId}, {@code SkuId}, {@code x_UsageType}, which read the kept line items (the 500 largest
     * groups, then {@code (other)}); those refuse the {@code team}, {@code costCenter} and {@code untagged=true}
     * filters (400), and outside finance need a {@code SubAccountId} filter for an account of the caller's teams
     * (403).
     */
    @Operation(summary = "Get cost broken down by a dimension",
            description = "Cost over [start, end) by groupBy: a rollup dimension, tag:<key>, or ResourceId, SkuId, "
                    + "x_UsageType (from line items, the 500 largest groups).")
    @GetMapping("/breakdown")
    CostJson.BreakdownJson breakdown(@RequestParam Map<String, String> parameters) {
        Breakdown b = reports.breakdown(query(parameters));
        return CostJson.BreakdownJson.of(b);
    }

    /** A series per group over [start, end), from the rollups: line-item groupings are refused (400). */
    @Operation(summary = "Get daily cost per group",
            description = "A series per group over [start, end), from the rollups.")
    @GetMapping("/daily")
    CostJson.DailyJson daily(@RequestParam Map<String, String> parameters) {
        DailySeries d = reports.daily(query(parameters));
        return CostJson.DailyJson.of(d);
    }

    static CostQuery query(Map<String, String> p) {
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate start = date(p, "start", problems);
        LocalDate end = date(p, "end", problems);
        CostMetric metric = CostMetric.EffectiveCost;
        try {
            metric = p.containsKey("metric") ? CostMetric.parse(p.get("metric")) : CostMetric.EffectiveCost;
        } catch (IllegalArgumentException e) {
            problems.put("metric", e.getMessage().substring("metric ".length()));
        }
        if (!problems.isEmpty()) {
            var first = problems.entrySet().iterator().next();
            throw new InvalidCostQueryException(problems, first.getKey() + " " + first.getValue());
        }
        Map<String, String> filters = new LinkedHashMap<>(p);
        filters.keySet().removeAll(QUERY_PARAMETERS);
        return new CostQuery(start, end, metric, p.get("groupBy"), filters, p.get("currency"));
    }

    private static LocalDate date(Map<String, String> p, String name, Map<String, String> problems) {
        String value = p.get(name);
        if (value == null || value.isBlank()) {
            problems.put(name, "is required (YYYY-MM-DD)");
            return LocalDate.EPOCH;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.put(name, "must be a date as YYYY-MM-DD");
            return LocalDate.EPOCH;
        }
    }

    private static String format(String type, String encoding, String name) {
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        boolean gzip = encoding != null && encoding.toLowerCase(Locale.ROOT).contains("gzip");
        if (t.startsWith("application/vnd.apache.parquet") || t.startsWith("application/x-parquet")) {
            return "PARQUET";
        }
        if (t.startsWith("text/csv")) {
            return gzip ? "CSV_GZIP" : "CSV";
        }
        if (t.startsWith("application/gzip") || t.startsWith("application/x-gzip")) {
            return "CSV_GZIP";
        }
        throw new InvalidCostQueryException(Map.of("Content-Type", "must be text/csv (optionally with "
                + "Content-Encoding: gzip) or application/vnd.apache.parquet"),
                "Content-Type must be text/csv (optionally with Content-Encoding: gzip) or "
                        + "application/vnd.apache.parquet");
    }
}
