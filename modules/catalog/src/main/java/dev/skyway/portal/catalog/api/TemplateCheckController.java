package dev.skyway.portal.catalog.api;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.skyway.portal.catalog.InvalidTemplateException;
import dev.skyway.portal.catalog.TemplateCheck;
import dev.skyway.portal.catalog.TemplateChecks;

/**
 * {@code POST /api/v1/catalog/template-checks} with a template as the body ({@code text/plain}): what the portal
 * reads from it, before it is published as a product. Platform admins only.
 */
@Tag(name = "Catalog")
@RestController
@RequestMapping("/api/v1/catalog")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class TemplateCheckController {

    private final TemplateChecks checks;

    TemplateCheckController(TemplateChecks checks) {
        this.checks = checks;
    }

    /**
     * Any content type is read as text: a {@code consumes} restriction would answer 415 before the role check, and
     * curl users often send templates as {@code application/json} or {@code application/x-yaml}.
     */
    @Operation(summary = "Check a CloudFormation template",
            description = "The template as the body (any content type is read as text): its parameters as the portal "
                    + "would offer them, and warnings.")
    @PostMapping("/template-checks")
    Result check(@RequestBody(required = false) @Nullable String body) {
        TemplateCheck check = checks.check(body == null ? "" : body);
        return new Result(check.parameters().stream().map(CatalogDtos.Parameter::of).toList(), check.warnings());
    }

    @ExceptionHandler(InvalidTemplateException.class)
    ProblemDetail invalid(InvalidTemplateException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("The portal cannot read this template");
        if (e.line() != null) {
            problem.setProperty("line", e.line());
        }
        return problem;
    }

    /** Parameters in the same shape as a product's parameters in {@code GET /products/{id}}. */
    record Result(List<CatalogDtos.Parameter> parameters, List<String> warnings) {
    }
}
