package dev.skyway.portal.compliance;

/**
 * What an import did.
 *
 * @param findings findings read (after merging repeats)
 * @param created  findings seen for the first time
 * @param changed  findings whose status changed, or that came back after being resolved
 * @param resolved open findings of the same source and account the import no longer had (full imports only)
 * @param merged   findings the file held more than once (the last one counts)
 */
public record ImportCounts(long findings, long created, long changed, long resolved, long merged) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0);
}
