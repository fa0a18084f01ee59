package dev.skyway.portal.approvals;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * How a subject module's REST API answers when a decision on its subject (approve, reject) is refused: the same
 * problem+json in every module, so clients handle one shape. Subject modules' controllers map the exceptions here.
 */
public final class DecisionProblems {

    private DecisionProblems() {
    }

    /** 403: the caller's own subject, no open task, or separation of duties. */
    public static ProblemDetail refused(ApprovalRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Refused by the approval engine");
        return problem;
    }

    /** 428: a decision without {@code If-Match}. */
    public static ProblemDetail versionMissing(SubjectVersion.Missing e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED, e.getMessage());
        problem.setTitle("Name the version you decide on");
        return problem;
    }

    /** 412: {@code If-Match} names a version the subject no longer has. */
    public static ProblemDetail versionChanged(StaleSubjectException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, "The request "
                + "changed since you read it (or If-Match names another version): GET it again, review it, and "
                + "decide with its new ETag");
        problem.setTitle("The request changed");
        return problem;
    }
}
