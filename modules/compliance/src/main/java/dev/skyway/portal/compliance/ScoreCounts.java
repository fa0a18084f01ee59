package dev.skyway.portal.compliance;

import org.jspecify.annotations.Nullable;

/**
 * A score as Security Hub computes one: passed ÷ (passed + failed + not available), the units with data, as a whole
 * percentage. MANUAL units wait for an attestation and are not counted; units without any data are not counted.
 *
 * @param score        0-100, rounded half up; absent when no unit has data
 * @param notAvailable units with data the tools could not judge, or with some of their checks missing
 */
public record ScoreCounts(@Nullable Integer score, int passed, int failed, int manual, int notAvailable) {

    public static final ScoreCounts NO_DATA = new ScoreCounts(null, 0, 0, 0, 0);
}
