package dev.skyway.portal.compliance.api;

import java.util.NoSuchElementException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import dev.skyway.portal.compliance.FindingsFileException;
import dev.skyway.portal.compliance.InvalidComplianceQueryException;
import dev.skyway.portal.compliance.InvalidFrameworkException;
import dev.skyway.portal.compliance.WaiverStateException;

/** The compliance API's own errors as problem+json (everything else falls through to the application's handler). */
@RestControllerAdvice(basePackageClasses = ComplianceProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ComplianceProblems {

    @ExceptionHandler(FindingsFileException.class)
    ProblemDetail notFindings(FindingsFileException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Not a findings file the portal reads (nothing was stored)");
        problem.setProperty("errors", e.problems());
        return problem;
    }

    @ExceptionHandler(InvalidFrameworkException.class)
    ProblemDetail notFramework(InvalidFrameworkException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Not a framework in Prowler's compliance format (nothing was stored)");
        problem.setProperty("errors", e.problems());
        return problem;
    }

    @ExceptionHandler(InvalidComplianceQueryException.class)
    ProblemDetail invalid(InvalidComplianceQueryException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid compliance request");
        problem.setProperty("errors", e.problems());
        return problem;
    }

    @ExceptionHandler(WaiverStateException.class)
    ProblemDetail conflict(WaiverStateException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Not possible in the waiver's or attestation's current state");
        return problem;
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }
}
