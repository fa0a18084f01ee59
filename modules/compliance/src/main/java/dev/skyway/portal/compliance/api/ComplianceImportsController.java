package dev.skyway.portal.compliance.api;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;
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

import dev.skyway.portal.compliance.ComplianceImports;
import dev.skyway.portal.compliance.FindingImport;
import dev.skyway.portal.compliance.InvalidComplianceQueryException;
import dev.skyway.portal.compliance.UploadType;

/** Findings imports under {@code /api/v1/compliance/imports} (security and platform admins). */
@Tag(name = "Compliance")
@RestController
@RequestMapping("/api/v1/compliance/imports")
@PreAuthorize("hasAnyRole('SECURITY', 'PLATFORM_ADMIN')")
class ComplianceImportsController {

    private final ComplianceImports imports;

    ComplianceImportsController(ComplianceImports imports) {
        this.imports = imports;
    }

    /**
     * One findings file as the body: {@code application/json} (Prowler's OCSF array, or ASFF
     * {@code {"Findings": [...]}}) or {@code text/csv} (Prowler's CSV). 202 with the RUNNING import; 400 naming why
     * when it is anything else or holds an unreadable finding (nothing is stored). {@code partial=true} says the
     * file is not a whole scan of its accounts (nothing absent from it is resolved).
     */
    @Operation(summary = "Import a findings file",
            description = "Prowler's OCSF JSON, ASFF ({\"Findings\": [...]}) or Prowler's CSV as the body; 202 with "
                    + "the running import. partial=true: the file is not a whole scan of its accounts.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "The findings file",
            content = {
                    @Content(mediaType = "application/json", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary"))})
    @PostMapping
    ResponseEntity<ComplianceJson.ImportJson> upload(InputStream body,
                                                     @RequestHeader(value = "Content-Type", required = false)
                                                     @Nullable String contentType,
                                                     @RequestParam(value = "name", required = false)
                                                     @Nullable String name,
                                                     @RequestParam(value = "partial", defaultValue = "false")
                                                     boolean partial) {
        FindingImport started = imports.upload(body, type(contentType), name, !partial);
        return ResponseEntity.accepted().location(URI.create("/api/v1/compliance/imports/" + started.id()))
                .body(ComplianceJson.ImportJson.of(started));
    }

    @Operation(summary = "Get a findings import")
    @GetMapping("/{id}")
    ComplianceJson.ImportJson status(@PathVariable String id) {
        return imports.find(Parameters.id(id)).map(ComplianceJson.ImportJson::of)
                .orElseThrow(() -> new NoSuchElementException("No import " + id));
    }

    @Operation(summary = "List recent findings imports")
    @GetMapping
    List<ComplianceJson.ImportJson> recent(@RequestParam(defaultValue = "50") int limit) {
        return imports.recent(limit).stream().map(ComplianceJson.ImportJson::of).toList();
    }

    private static UploadType type(@Nullable String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).strip();
        if (type.startsWith("application/json") || type.startsWith("application/x-ndjson")
                || type.matches("application/[a-z0-9.+-]*\\+json.*")) {
            return UploadType.JSON;
        }
        if (type.startsWith("text/csv")) {
            return UploadType.CSV;
        }
        throw InvalidComplianceQueryException.of("Content-Type", "must be application/json (Prowler's OCSF or "
                + "ASFF) or text/csv (Prowler's CSV), not " + (type.isEmpty() ? "missing" : "'" + type + "'"));
    }
}
