package dev.skyway.portal.compliance;

import org.jspecify.annotations.Nullable;

/**
 * A score as Security Hub computes one: passed units ÷ units with data, as a whole percentage. Units are controls, or
 * a framework's requirements. MANUAL units wait for an attestation and are not counted; units without any data are
 * not counted.
 *
 * @param score        0-100, rounded half up; absent when no unit has data
 * @param notAvailable units the tools could not judge or that lack data for some or all of their checks; those with
 *                     some data count against the score
 */
public record ScoreCounts(@Nullable Integer score, int passed, int failed, int manual, int notAvailable) {

    public static final ScoreCounts NO_DATA = new ScoreCounts(null, 0, 0, 0, 0);
}
