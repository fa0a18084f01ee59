package dev.skyway.portal.compliance;

import java.util.List;

/** A framework file that is not Prowler's compliance JSON; nothing was stored. */
public class InvalidFrameworkException extends RuntimeException {

    private final List<String> problems;

    public InvalidFrameworkException(List<String> problems) {
        super(problems.isEmpty() ? "Not a framework" : problems.getFirst());
        this.problems = List.copyOf(problems);
    }

    /** Every problem, each naming its JSON path, e.g. {@code Requirements[3].Id is missing}. */
    public List<String> problems() {
        return problems;
    }
}
