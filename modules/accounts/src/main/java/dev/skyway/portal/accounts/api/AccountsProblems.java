package dev.skyway.portal.accounts.api;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import dev.skyway.portal.accounts.AccountNotFoundException;

/** The accounts API's own errors as problem+json (everything else falls through to the application's handler). */
@RestControllerAdvice(assignableTypes = AccountsController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccountsProblems {

    @ExceptionHandler(AccountNotFoundException.class)
    ProblemDetail notFound(AccountNotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Account not found");
        problem.setProperty("accountId", e.accountId());
        return problem;
    }
}
