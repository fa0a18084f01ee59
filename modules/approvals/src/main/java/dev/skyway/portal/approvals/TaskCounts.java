package dev.skyway.portal.approvals;

/**
 * How many open tasks the caller has, and how many of them are overdue or due within the next 24 hours, as of the
 * moment they were counted.
 */
public record TaskCounts(int total, int overdue, int dueWithinDay) {
}
