package dev.skyway.portal.compliance;

import java.util.Map;

/** A query or request with wrong values; {@link #problems()} names each field and what it must be. */
public class InvalidComplianceQueryException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidComplianceQueryException(Map<String, String> problems, String message) {
        super(message);
        this.problems = Map.copyOf(problems);
    }

    public static InvalidComplianceQueryException of(String field, String problem) {
        return new InvalidComplianceQueryException(Map.of(field, problem), field + " " + problem);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
