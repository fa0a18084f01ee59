package dev.skyway.portal.catalog.api;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.skyway.portal.catalog.CostModelAdmin;
import dev.skyway.portal.catalog.CostModelSpec;
import dev.skyway.portal.catalog.CostModelValidationException;
import dev.skyway.portal.catalog.CostModelViolation;
import tools.jackson.core.JacksonException;

/**
 * A product's monthly cost model: catalog readers see how estimates are made; platform admins replace it (400
 * problem+json naming each bad field and rule, nothing stored) or remove it. Every change is audited.
 */
@Tag(name = "Catalog")
@RestController
@RequestMapping("/api/v1/catalog/products/{id}/cost-model")
@PreAuthorize("hasAnyRole('ENGINEER', 'APPROVER', 'PLATFORM_ADMIN')")
class CostModelController {

    private final CostModelAdmin costModels;

    CostModelController(CostModelAdmin costModels) {
        this.costModels = costModels;
    }

    /** 404 problem when the product is unknown or has no model. */
    @Operation(summary = "Get a product's cost model", description = "404 when the product is unknown or has no model.")
    @GetMapping
    ResponseEntity<Object> get(@PathVariable String id) {
        return costModels.costModel(id).<ResponseEntity<Object>>map(m -> ResponseEntity.ok(CostModelBody.of(m)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(noModel(id)));
    }

    @Operation(summary = "Set a product's cost model")
    @PutMapping
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    CostModelBody put(@PathVariable String id, @RequestBody CostModelBody body) {
        return CostModelBody.of(costModels.saveCostModel(id, body.spec()));
    }

    /** 204; 404 problem when there was no model. */
    @Operation(summary = "Delete a product's cost model")
    @DeleteMapping
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    ResponseEntity<Object> delete(@PathVariable String id) {
        return costModels.removeCostModel(id) ? ResponseEntity.noContent().build()
                : ResponseEntity.status(HttpStatus.NOT_FOUND).body(noModel(id));
    }

    @ExceptionHandler(CostModelValidationException.class)
    ProblemDetail invalid(CostModelValidationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("The cost model breaks a rule");
        problem.setProperty("errors", e.violations());
        return problem;
    }

    /** A value of the wrong type (e.g. {@code "baseMonthly": "lots"}): 400 naming the field, like a broken rule. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        String field = field(e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field == null
                ? "The body is not a cost model in JSON" : "1 field(s) need attention: " + field);
        problem.setTitle("The cost model breaks a rule");
        problem.setProperty("errors", List.of(new CostModelViolation(field == null ? "body" : field, "TYPE",
                field == null ? "must be a JSON object with currency, baseMonthly and rates"
                        : "has the wrong type (amounts are numbers, e.g. 12.50)")));
        return problem;
    }

    /** The JSON path of the value Jackson could not read, as {@code rates[1].unitPrice}; null when unknown. */
    private static String field(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException j && !j.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (JacksonException.Reference r : j.getPath()) {
                    if (r.getPropertyName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(r.getPropertyName());
                    } else if (r.getIndex() >= 0) {
                        path.append('[').append(r.getIndex()).append(']');
                    }
                }
                return path.isEmpty() ? null : path.toString();
            }
        }
        return null;
    }

    private static ProblemDetail noModel(String id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Product " + id + " has no cost model: its estimates are unknown");
        problem.setTitle("No cost model");
        problem.setProperty("productId", id);
        return problem;
    }

    /**
     * The JSON shape of a cost model.
     *
     * @param rates each with {@code matchValue} null for "per unit of the parameter's number"
     */
    record CostModelBody(String currency, BigDecimal baseMonthly, List<RateBody> rates) {

        static CostModelBody of(CostModelSpec spec) {
            return new CostModelBody(spec.currency(), spec.baseMonthly(), spec.rates().stream()
                    .map(r -> new RateBody(r.parameter(), r.matchValue(), r.unitPrice(), r.timesParameter()))
                    .toList());
        }

        CostModelSpec spec() {
            return new CostModelSpec(currency, baseMonthly, rates == null ? List.of() : rates.stream()
                    .map(r -> r == null ? null : new CostModelSpec.Rate(r.parameter(), r.matchValue(), r.unitPrice(),
                            r.timesParameter())).toList());
        }
    }

    record RateBody(String parameter, String matchValue, BigDecimal unitPrice, String timesParameter) {
    }
}
