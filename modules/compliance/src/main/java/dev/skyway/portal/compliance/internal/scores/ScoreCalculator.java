package dev.skyway.portal.compliance.internal.scores;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.compliance.FindingStatus;
import dev.skyway.portal.compliance.RequirementResult;
import dev.skyway.portal.compliance.ScoreCounts;

/**
 * The score arithmetic, as Security Hub documents it: a control fails when one of its findings fails (Unknown, our
 * NOT_AVAILABLE, when one cannot be judged and none fails; Passed when all pass; No data without findings); a score
 * is passed controls ÷ enabled controls with data, as a percentage rounded to a whole number. Frameworks score their
 * requirements the same way, a requirement passing only when every one of its checks has data and passes; MANUAL
 * requirements (no check, or a check a person must judge) wait for an attestation and are left out until then.
 */
public final class ScoreCalculator {

    private ScoreCalculator() {
    }

    /** A control's status from its findings' statuses; absent when it has none (no data). */
    public static @Nullable FindingStatus control(Collection<FindingStatus> findings) {
        FindingStatus worst = null;
        for (FindingStatus status : findings) {
            worst = worst == null ? status : worst.worse(status);
        }
        return worst;
    }

    /** The controls of several accounts as one scope: each control as its worst account has it. */
    public static Map<String, FindingStatus> union(Collection<Map<String, FindingStatus>> accounts) {
        Map<String, FindingStatus> union = new HashMap<>();
        accounts.forEach(controls -> controls.forEach((key, status) -> union.merge(key, status,
                FindingStatus::worse)));
        return union;
    }

    /**
     * A requirement's status in a scope.
     *
     * @param manual   the framework says a person assesses it
     * @param checks   the control keys of its checks
     * @param controls the scope's control statuses by key (a missing key has no data)
     * @param attested an active attestation covers it in this scope
     */
    public static RequirementResult requirement(String id, boolean manual, Collection<String> checks,
                                                Map<String, FindingStatus> controls, boolean attested) {
        if (checks.isEmpty()) {
            return manual(id, attested);
        }
        List<@Nullable FindingStatus> statuses = checks.stream().map(controls::get).toList();
        if (statuses.contains(FindingStatus.FAIL)) {
            return new RequirementResult(id, FindingStatus.FAIL, true);
        }
        if (statuses.contains(FindingStatus.MANUAL)) {
            return manual(id, attested);
        }
        if (statuses.stream().allMatch(s -> s == FindingStatus.PASS)) {
            return new RequirementResult(id, FindingStatus.PASS, true);
        }
        boolean anyData = statuses.stream().anyMatch(s -> s != null);
        if (!anyData && manual) {
            return manual(id, attested);
        }
        return new RequirementResult(id, FindingStatus.NOT_AVAILABLE, anyData);
    }

    private static RequirementResult manual(String id, boolean attested) {
        return attested ? new RequirementResult(id, FindingStatus.PASS, true)
                : new RequirementResult(id, FindingStatus.MANUAL, false);
    }

    /** A framework's score from its requirements' results. */
    public static ScoreCounts framework(Collection<RequirementResult> requirements) {
        int passed = 0;
        int failed = 0;
        int manual = 0;
        int notAvailable = 0;
        int withData = 0;
        for (RequirementResult r : requirements) {
            switch (r.status()) {
                case PASS -> passed++;
                case FAIL -> failed++;
                case MANUAL -> manual++;
                case NOT_AVAILABLE -> notAvailable++;
            }
            if (r.withData()) {
                withData++;
            }
        }
        return new ScoreCounts(percent(passed, withData), passed, failed, manual, notAvailable);
    }

    /** The score over all controls of a scope (Security Hub's summary score): MANUAL controls wait, others count. */
    public static ScoreCounts controls(Map<String, FindingStatus> controls) {
        int[] counts = new int[FindingStatus.values().length];
        controls.values().forEach(s -> counts[s.ordinal()]++);
        int passed = counts[FindingStatus.PASS.ordinal()];
        int failed = counts[FindingStatus.FAIL.ordinal()];
        int notAvailable = counts[FindingStatus.NOT_AVAILABLE.ordinal()];
        return new ScoreCounts(percent(passed, passed + failed + notAvailable), passed, failed,
                counts[FindingStatus.MANUAL.ordinal()], notAvailable);
    }

    /** {@code passed} of {@code withData} as a whole percentage, halves rounded up; absent without data. */
    public static @Nullable Integer percent(int passed, int withData) {
        if (withData <= 0) {
            return null;
        }
        return (int) ((200L * passed + withData) / (2L * withData));
    }
}
