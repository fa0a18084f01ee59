package dev.skyway.portal.cost;

import java.util.Map;

/** A cost query that cannot be answered, with the problem of each parameter. */
public class InvalidCostQueryException extends IllegalArgumentException {

    private final Map<String, String> problems;

    public InvalidCostQueryException(Map<String, String> problems, String message) {
        super(message);
        this.problems = Map.copyOf(problems);
    }

    /** Throws naming the first problem when there is any. */
    public static void throwIfAny(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            var first = problems.entrySet().iterator().next();
            throw new InvalidCostQueryException(problems, first.getKey() + " " + first.getValue());
        }
    }

    public Map<String, String> problems() {
        return problems;
    }
}
