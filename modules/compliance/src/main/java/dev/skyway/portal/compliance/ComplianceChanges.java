package dev.skyway.portal.compliance;

import java.time.Instant;
import java.util.List;

/**
 * What changed since a moment, from the findings' history: findings that appeared failing, failing ones fixed (or
 * gone), and ones that passed (or were gone) and fail again. Each list is capped at {@link #LIMIT}, most severe
 * first; the counts are complete.
 */
public record ComplianceChanges(Instant since, Counts counts, List<FindingChange> newFailures,
                                List<FindingChange> fixed, List<FindingChange> regressed) {

    public static final int LIMIT = 200;

    public record Counts(int newFailures, int fixed, int regressed) {
    }
}
