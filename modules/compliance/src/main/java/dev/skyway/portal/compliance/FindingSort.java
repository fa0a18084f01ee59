package dev.skyway.portal.compliance;

/**
 * How a findings list is ordered: by one column, then worst first (severity, latest seen) to break ties.
 *
 * @param ascending smallest first; severity ascends from informational to critical
 */
public record FindingSort(Column column, boolean ascending) {

    /** Worst first: what to fix first on top (the API's order). */
    public static final FindingSort WORST_FIRST = new FindingSort(Column.SEVERITY, false);

    public enum Column {
        SEVERITY, STATUS, CONTROL, ACCOUNT, REGION, RESOURCE, SOURCE, FIRST_SEEN, LAST_SEEN
    }
}
