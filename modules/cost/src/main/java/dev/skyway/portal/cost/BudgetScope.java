package dev.skyway.portal.cost;

/**
 * Whose spend a budget limits: a team's (as allocated in the rollups), an account's, or a cost center's.
 *
 * @param value the team, the account id or the cost center
 */
public record BudgetScope(Kind kind, String value) {

    public enum Kind { TEAM, ACCOUNT, COST_CENTER }

    /** {@code team payments}, {@code account 123456789012}, {@code cost center CC-42}. */
    public String label() {
        return switch (kind) {
            case TEAM -> "team " + value;
            case ACCOUNT -> "account " + value;
            case COST_CENTER -> "cost center " + value;
        };
    }
}
