package dev.skyway.portal.approvals;

/**
 * One thing wrong with a policy document.
 *
 * @param field where, as a JSON path such as {@code rules[2].stages[0].mode} ({@code $} for the whole document)
 * @param message what rule it breaks, in words an admin can act on
 */
public record PolicyProblem(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
