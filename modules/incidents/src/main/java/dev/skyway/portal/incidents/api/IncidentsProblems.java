package dev.skyway.portal.incidents.api;

import java.util.NoSuchElementException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import dev.skyway.portal.incidents.AlertOnAnotherIncidentException;
import dev.skyway.portal.incidents.IncidentConflictException;
import dev.skyway.portal.incidents.IncidentTransitionException;
import dev.skyway.portal.incidents.IncidentsValidationException;
import dev.skyway.portal.incidents.IntakeAuthenticationException;
import dev.skyway.portal.incidents.IntakeUnavailableException;
import dev.skyway.portal.incidents.InvalidPayloadException;
import dev.skyway.portal.incidents.MessageRefusedException;

/**
 * The incidents API's errors as problem+json. For senders: a bad payload is a 400 naming the field (never a 500, so
 * Alertmanager does not retry it), an unverifiable message a 403, and only a passing problem (a certificate that
 * could not be fetched, the database away) a 503 that asks for a retry.
 */
@RestControllerAdvice(basePackageClasses = IncidentsProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class IncidentsProblems {

    @ExceptionHandler(InvalidPayloadException.class)
    ProblemDetail invalidPayload(InvalidPayloadException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid payload", e.getMessage());
    }

    @ExceptionHandler(IncidentsValidationException.class)
    ProblemDetail invalid(IncidentsValidationException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage());
        problem.setProperty("errors", e.problems());
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input",
                e.getName() + ": is not a valid value");
        problem.setProperty("errors", java.util.Map.of(e.getName(), "is not a valid value"));
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", "body: is not valid JSON of the expected shape");
    }

    @ExceptionHandler(IntakeAuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(IntakeAuthenticationException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(problem(HttpStatus.UNAUTHORIZED, "Unauthorized", e.getMessage()));
    }

    @ExceptionHandler(MessageRefusedException.class)
    ProblemDetail refused(MessageRefusedException e) {
        return problem(HttpStatus.FORBIDDEN, "Message refused", e.getMessage());
    }

    @ExceptionHandler(IntakeUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(IntakeUnavailableException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Try again later", e.getMessage()));
    }

    @ExceptionHandler({TransientDataAccessException.class, DataAccessResourceFailureException.class,
            CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> databaseAway(Exception e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Try again later",
                        "The portal cannot store the message right now"));
    }

    @ExceptionHandler(IncidentTransitionException.class)
    ProblemDetail illegalTransition(IncidentTransitionException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Transition not allowed", e.getMessage());
        problem.setProperty("from", e.from().name());
        problem.setProperty("to", e.to().name());
        return problem;
    }

    @ExceptionHandler(IncidentConflictException.class)
    ProblemDetail changedMeanwhile(IncidentConflictException e) {
        return problem(HttpStatus.CONFLICT, "Changed meanwhile", e.getMessage());
    }

    @ExceptionHandler(AlertOnAnotherIncidentException.class)
    ProblemDetail alertOnAnotherIncident(AlertOnAnotherIncidentException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Alert on another incident",
                e.getMessage() + ": send \"move\": true to move it here");
        problem.setProperty("incidentId", e.incidentId().toString());
        return problem;
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
