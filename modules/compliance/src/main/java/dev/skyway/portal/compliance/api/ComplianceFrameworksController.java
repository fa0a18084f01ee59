package dev.skyway.portal.compliance.api;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.skyway.portal.compliance.ComplianceFrameworks;
import dev.skyway.portal.compliance.ComplianceScores;
import dev.skyway.portal.compliance.FrameworkUpload;
import dev.skyway.portal.compliance.ScoreScope;

/**
 * Frameworks under {@code /api/v1/compliance/frameworks}: everyone reads them and their scores (over the accounts
 * they see); security and platform admins upload them.
 */
@Tag(name = "Compliance")
@RestController
@RequestMapping("/api/v1/compliance/frameworks")
@PreAuthorize("hasAnyRole('ENGINEER', 'APPROVER', 'FINANCE', 'SECURITY', 'PLATFORM_ADMIN')")
class ComplianceFrameworksController {

    static final Set<String> SCOPE_PARAMETERS = Set.of("accountId", "team", "ou");

    private final ComplianceFrameworks frameworks;
    private final ComplianceScores scores;

    ComplianceFrameworksController(ComplianceFrameworks frameworks, ComplianceScores scores) {
        this.frameworks = frameworks;
        this.scores = scores;
    }

    /**
     * A framework in Prowler's compliance JSON as the body. 201 when new, 200 when it replaced the requirements of
     * the same framework, version and provider; repeated requirement ids are merged and listed in {@code merged};
     * 400 naming every structural problem (nothing is stored).
     */
    @Operation(summary = "Upload a compliance framework",
            description = "A framework in Prowler's compliance JSON as the body. 201 when new, 200 when it replaced "
                    + "the requirements of the same framework, version and provider.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "The framework file",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "string", format = "binary")))
    @PostMapping
    @PreAuthorize("hasAnyRole('SECURITY', 'PLATFORM_ADMIN')")
    ResponseEntity<ComplianceJson.FrameworkJson> upload(InputStream body) {
        FrameworkUpload upload = frameworks.upload(body);
        var json = ComplianceJson.FrameworkJson.of(upload.framework());
        return upload.created()
                ? ResponseEntity.created(URI.create("/api/v1/compliance/frameworks/" + json.id())).body(json)
                : ResponseEntity.ok(json);
    }

    @Operation(summary = "List compliance frameworks")
    @GetMapping
    List<ComplianceJson.FrameworkJson> all() {
        return frameworks.all().stream().map(ComplianceJson.FrameworkJson::of).toList();
    }

    @Operation(summary = "Get a compliance framework")
    @GetMapping("/{id}")
    ComplianceJson.FrameworkJson one(@PathVariable String id) {
        return frameworks.find(Parameters.id(id)).map(ComplianceJson.FrameworkJson::of)
                .orElseThrow(() -> new NoSuchElementException("No framework " + id));
    }

    /**
     * The framework's score and every requirement's status over one {@code accountId}, a {@code team}'s accounts,
     * the accounts in an {@code ou} (path, e.g. {@code Workloads/Prod}, and below), or every account the caller sees.
     */
    @Operation(summary = "Get a framework's scores",
            description = "The score and every requirement's status over one accountId, a team's accounts, an ou (and "
                    + "below), or every account the caller sees.")
    @GetMapping("/{id}/scores")
    ComplianceJson.ScoresJson scores(@PathVariable String id, @RequestParam Map<String, String> parameters) {
        Parameters.only(parameters, SCOPE_PARAMETERS);
        ScoreScope scope = new ScoreScope(Parameters.text(parameters, "accountId"),
                Parameters.text(parameters, "team"), Parameters.text(parameters, "ou"));
        return ComplianceJson.ScoresJson.of(scores.framework(Parameters.id(id), scope));
    }
}
