package dev.skyway.portal.compliance.api;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.skyway.portal.compliance.ComplianceEvidence;
import dev.skyway.portal.compliance.EvidencePack;

/**
 * A framework's evidence pack under {@code /api/v1/compliance/frameworks/{id}/evidence}, for security and platform
 * admins: a ZIP streamed straight into the response. Everything that can be refused (the id, the parameters, an
 * unknown framework or team) is checked before the first byte, so errors are still problem+json.
 */
@Tag(name = "Compliance")
@RestController
@RequestMapping("/api/v1/compliance/frameworks")
@PreAuthorize("hasAnyRole('SECURITY', 'PLATFORM_ADMIN')")
class EvidenceController {

    static final Set<String> PARAMETERS = Set.of("accountId", "teamId");

    private final ComplianceEvidence evidence;

    EvidenceController(ComplianceEvidence evidence) {
        this.evidence = evidence;
    }

    /**
     * The pack over one {@code accountId}, a team's accounts ({@code teamId}: the owner team's name) or every
     * account: scores, requirements, findings, waivers and attestations (each .csv and .json) and manifest.json.
     * 400 for a malformed id or parameter, 404 for an unknown framework.
     */
    @Operation(summary = "Download a framework's evidence pack",
            description = "A zip over one accountId, a team's accounts (teamId) or every account: scores, "
                    + "requirements, findings, waivers and attestations (each .csv and .json) and manifest.json.")
    @GetMapping("/{id}/evidence")
    void evidence(@PathVariable String id, @RequestParam Map<String, String> parameters,
                  HttpServletResponse response) throws IOException {
        Parameters.only(parameters, PARAMETERS);
        EvidencePack pack = evidence.plan(Parameters.id(id), Parameters.text(parameters, "accountId"),
                Parameters.text(parameters, "teamId"));
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(pack.fileName()).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        evidence.write(pack, response.getOutputStream());
        response.flushBuffer();
    }
}
