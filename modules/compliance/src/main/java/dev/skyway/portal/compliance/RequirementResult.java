package dev.skyway.portal.compliance;

/**
 * A requirement's status in a scope: PASS only when every one of its checks has data and passes; FAIL when any
 * fails; MANUAL when no tool checks it (or a check says MANUAL) and no attestation covers it; NOT_AVAILABLE otherwise.
 *
 * @param withData whether it counts in the score (see {@link ScoreCounts})
 */
public record RequirementResult(String id, FindingStatus status, boolean withData) {
}
