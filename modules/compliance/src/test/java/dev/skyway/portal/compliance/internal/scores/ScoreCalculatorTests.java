package dev.skyway.portal.compliance.internal.scores;

import static dev.skyway.portal.compliance.FindingStatus.FAIL;
import static dev.skyway.portal.compliance.FindingStatus.MANUAL;
import static dev.skyway.portal.compliance.FindingStatus.NOT_AVAILABLE;
import static dev.skyway.portal.compliance.FindingStatus.PASS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.skyway.portal.compliance.FindingStatus;
import dev.skyway.portal.compliance.RequirementResult;
import dev.skyway.portal.compliance.ScoreCounts;

/** The score arithmetic, with the edge cases a dashboard meets: no data, all manual, halves, one failing account. */
class ScoreCalculatorTests {

    @Test
    void aControlFailsWithOneFailingFindingIsUnknownWhenOneCannotBeJudgedAndHasNoDataWithoutFindings() {
        assertThat(ScoreCalculator.control(List.of(PASS, PASS, FAIL, NOT_AVAILABLE))).isEqualTo(FAIL);
        assertThat(ScoreCalculator.control(List.of(PASS, NOT_AVAILABLE))).isEqualTo(NOT_AVAILABLE);
        assertThat(ScoreCalculator.control(List.of(PASS, MANUAL, NOT_AVAILABLE))).isEqualTo(MANUAL);
        assertThat(ScoreCalculator.control(List.of(PASS, PASS))).isEqualTo(PASS);
        assertThat(ScoreCalculator.control(List.of())).isNull();
    }

    @Test
    void aScopeOfAccountsTakesEachControlFromItsWorstAccount() {
        Map<String, FindingStatus> union = ScoreCalculator.union(List.of(
                Map.of("IAM.6", PASS, "S3.8", PASS),
                Map.of("IAM.6", FAIL, "EC2.8", NOT_AVAILABLE),
                Map.of()));

        assertThat(union).containsExactlyInAnyOrderEntriesOf(Map.of("IAM.6", FAIL, "S3.8", PASS,
                "EC2.8", NOT_AVAILABLE));
    }

    @Test
    void aRequirementPassesOnlyWhenEveryCheckHasDataAndPasses() {
        Map<String, FindingStatus> controls = Map.of("IAM.8", PASS, "S3.8", PASS, "S3.1", FAIL, "EC2.8",
                NOT_AVAILABLE, "1.1", MANUAL);

        assertThat(ScoreCalculator.requirement("a", false, List.of("IAM.8", "S3.8"), controls, false))
                .isEqualTo(new RequirementResult("a", PASS, true));
        assertThat(ScoreCalculator.requirement("b", false, List.of("S3.8", "S3.1", "EC2.8"), controls, false))
                .as("one failing check fails it").isEqualTo(new RequirementResult("b", FAIL, true));
        assertThat(ScoreCalculator.requirement("c", false, List.of("S3.8", "GuardDuty.1"), controls, false))
                .as("a check without data keeps it from passing, and it counts")
                .isEqualTo(new RequirementResult("c", NOT_AVAILABLE, true));
        assertThat(ScoreCalculator.requirement("d", false, List.of("S3.8", "EC2.8"), controls, false))
                .isEqualTo(new RequirementResult("d", NOT_AVAILABLE, true));
        assertThat(ScoreCalculator.requirement("e", false, List.of("GuardDuty.1"), controls, false))
                .as("no data at all: out of the score").isEqualTo(new RequirementResult("e", NOT_AVAILABLE, false));
    }

    @Test
    void manualRequirementsWaitForAnAttestationButAFailingCheckStillFails() {
        Map<String, FindingStatus> controls = Map.of("1.1", MANUAL, "S3.1", FAIL, "S3.8", PASS);

        assertThat(ScoreCalculator.requirement("no-checks", false, List.of(), controls, false))
                .isEqualTo(new RequirementResult("no-checks", MANUAL, false));
        assertThat(ScoreCalculator.requirement("no-checks", false, List.of(), controls, true))
                .isEqualTo(new RequirementResult("no-checks", PASS, true));
        assertThat(ScoreCalculator.requirement("manual-check", false, List.of("S3.8", "1.1"), controls, false))
                .isEqualTo(new RequirementResult("manual-check", MANUAL, false));
        assertThat(ScoreCalculator.requirement("assessed", true, List.of("GuardDuty.1"), controls, false))
                .as("a manual requirement whose check has no data").isEqualTo(new RequirementResult("assessed",
                        MANUAL, false));
        assertThat(ScoreCalculator.requirement("assessed", true, List.of("S3.1", "1.1"), controls, true))
                .as("an attestation does not overrule a failing check")
                .isEqualTo(new RequirementResult("assessed", FAIL, true));
    }

    @Test
    void aFrameworkScoresPassedOverRequirementsWithDataRoundingHalvesUp() {
        List<RequirementResult> results = List.of(
                new RequirementResult("1", PASS, true), new RequirementResult("2", FAIL, true),
                new RequirementResult("3", MANUAL, false), new RequirementResult("4", NOT_AVAILABLE, false),
                new RequirementResult("5", NOT_AVAILABLE, true), new RequirementResult("6", PASS, true),
                new RequirementResult("7", PASS, true), new RequirementResult("8", PASS, true),
                new RequirementResult("9", PASS, true));

        ScoreCounts counts = ScoreCalculator.framework(results);

        assertThat(counts).isEqualTo(new ScoreCounts(71, 5, 1, 1, 2));
        assertThat(ScoreCalculator.percent(1, 8)).as("12.5 rounds up").isEqualTo(13);
        assertThat(ScoreCalculator.percent(1, 3)).isEqualTo(33);
        assertThat(ScoreCalculator.percent(2, 3)).isEqualTo(67);
        assertThat(ScoreCalculator.percent(0, 4)).isZero();
        assertThat(ScoreCalculator.percent(4, 4)).isEqualTo(100);
        assertThat(ScoreCalculator.percent(199, 200)).as("99.5 is 100, as Security Hub rounds").isEqualTo(100);
    }

    @Test
    void withoutDataThereIsNoScoreNotZero() {
        assertThat(ScoreCalculator.framework(List.of())).isEqualTo(ScoreCounts.NO_DATA);
        assertThat(ScoreCalculator.framework(List.of(new RequirementResult("1", MANUAL, false))))
                .isEqualTo(new ScoreCounts(null, 0, 0, 1, 0));
        assertThat(ScoreCalculator.controls(Map.of())).isEqualTo(ScoreCounts.NO_DATA);
    }

    @Test
    void theScoreOverAllControlsCountsUnknownControlsAgainstItAndLeavesManualOnesOut() {
        ScoreCounts counts = ScoreCalculator.controls(Map.of("IAM.6", FAIL, "S3.8", PASS, "S3.1", PASS,
                "EC2.8", NOT_AVAILABLE, "1.1", MANUAL));

        assertThat(counts).isEqualTo(new ScoreCounts(50, 2, 1, 1, 1));
    }
}
