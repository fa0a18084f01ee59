package dev.skyway.portal.approvals;

import java.util.List;

/** A policy document was refused; {@link #problems()} names each field and rule. A 400 over HTTP. */
public class InvalidPolicyException extends IllegalArgumentException {

    private final transient List<PolicyProblem> problems;

    public InvalidPolicyException(List<PolicyProblem> problems) {
        super("Invalid approval policy: " + String.join("; ", problems.stream().map(PolicyProblem::toString)
                .toList()));
        this.problems = List.copyOf(problems);
    }

    public List<PolicyProblem> problems() {
        return problems;
    }
}
