package dev.skyway.portal.compliance;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One import of findings.
 *
 * @param status   {@code RUNNING}, {@code COMPLETED} or {@code FAILED}
 * @param format   {@code OCSF}, {@code ASFF}, {@code PROWLER_CSV} (or {@code API} for syncs)
 * @param source   the tool the findings came from (several joined by commas)
 * @param fullScan whether open findings of the same source and account that the import lacks are resolved
 * @param accounts the accounts it covered
 * @param error    why it failed
 */
public record FindingImport(UUID id, String status, String format, @Nullable String source, @Nullable String fileName,
                            boolean fullScan, ImportCounts counts, List<String> accounts, @Nullable String error,
                            String requestedBy, Instant startedAt, @Nullable Instant finishedAt) {

    public static final String RUNNING = "RUNNING";
    public static final String COMPLETED = "COMPLETED";
    public static final String FAILED = "FAILED";
}
