package dev.skyway.portal.cost;

/**
 * A budget change that conflicts with the budget as stored: someone changed it since the caller read it (the version
 * is stale), or it is a budget the portal does not own (from account vending or AWS).
 */
public class BudgetConflictException extends RuntimeException {

    public BudgetConflictException(String message) {
        super(message);
    }
}
