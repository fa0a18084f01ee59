package dev.skyway.portal.catalog.api;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import dev.skyway.portal.catalog.ProductNotFoundException;

/**
 * The catalog API's own errors as problem+json, shared by its controllers (a controller's own handler wins for what
 * only it means; everything else falls through to the application's handler).
 */
@RestControllerAdvice(assignableTypes = {CatalogController.class, CostModelController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class CatalogProblems {

    @ExceptionHandler(ProductNotFoundException.class)
    ProblemDetail notFound(ProductNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Product not found");
        problem.setProperty("productId", e.productId());
        return problem;
    }
}
