package dev.skyway.portal.cost.api;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import dev.skyway.portal.cost.InvalidCostQueryException;
import dev.skyway.portal.cost.NotFocusException;

/** The cost API's own errors as problem+json (everything else falls through to the application's handler). */
@RestControllerAdvice(basePackageClasses = CostProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CostProblems {

    @ExceptionHandler(NotFocusException.class)
    ProblemDetail notFocus(NotFocusException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Not a FOCUS file");
        problem.setProperty("missingColumns", e.missingColumns());
        return problem;
    }

    @ExceptionHandler(java.util.NoSuchElementException.class)
    ProblemDetail notFound(java.util.NoSuchElementException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(InvalidCostQueryException.class)
    ProblemDetail invalid(InvalidCostQueryException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid cost query");
        problem.setProperty("errors", e.problems());
        return problem;
    }
}
