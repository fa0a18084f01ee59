package dev.skyway.portal.provisioning;

import java.util.List;

/** A request was refused before anything was stored or sent anywhere; each violation names the field and rule. */
public class RequestValidationException extends RuntimeException {

    private final transient List<RequestViolation> violations;

    public RequestValidationException(List<RequestViolation> violations) {
        super(violations.size() + " field(s) need attention: " + String.join(", ",
                violations.stream().map(RequestViolation::field).distinct().toList()));
        this.violations = List.copyOf(violations);
    }

    public List<RequestViolation> violations() {
        return violations;
    }
}
