package dev.skyway.portal.cost.internal.aws;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Cost Explorer was not called: the request would pass the month's request budget
 * ({@code portal.cost.cost-explorer.monthly-request-limit}). Nothing was sent and nothing was charged.
 */
public class CeBudgetExhaustedException extends RuntimeException {

    private final YearMonth month;
    private final int requestsMade;
    private final int limit;

    public CeBudgetExhaustedException(YearMonth month, int requestsMade, int requestsNeeded, int limit) {
        super(message(month, requestsMade, requestsNeeded, limit));
        this.month = month;
        this.requestsMade = requestsMade;
        this.limit = limit;
    }

    public YearMonth month() {
        return month;
    }

    public int requestsMade() {
        return requestsMade;
    }

    public int limit() {
        return limit;
    }

    private static String message(YearMonth month, int made, int needed, int limit) {
        String name = month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
        YearMonth next = month.plusMonths(1);
        return "The Cost Explorer request budget for " + name + " would be exceeded: " + made + " of " + limit
                + " paid requests made (USD 0.01 each), " + needed + " more needed. Cost Explorer was not called; "
                + "raise portal.cost.cost-explorer.monthly-request-limit or wait until "
                + next.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " 1, " + next.getYear() + ".";
    }
}
