package dev.skyway.portal.compliance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.skyway.portal.compliance.ComplianceChanges;
import dev.skyway.portal.compliance.Finding;
import dev.skyway.portal.compliance.FindingChange;
import dev.skyway.portal.compliance.FindingControl;
import dev.skyway.portal.compliance.FindingResource;
import dev.skyway.portal.compliance.FindingStatus;
import dev.skyway.portal.compliance.FindingTimes;
import dev.skyway.portal.compliance.Remediation;
import dev.skyway.portal.compliance.ScoreCounts;
import dev.skyway.portal.compliance.Severity;
import dev.skyway.portal.compliance.TrendPoint;
import dev.skyway.portal.compliance.Waiver;
import dev.skyway.portal.compliance.WaiverStatus;

/** The home's rules: score changes, what to fix first, expiring waivers, the change list and the trend chart. */
class HomeRulesTests {

    static final LocalDate TODAY = LocalDate.parse("2026-12-03");

    @Test
    void aScoreChangeComparesWithTheClosestEarlierSnapshot() {
        List<TrendPoint> points = List.of(point("2026-11-01", 60), point("2026-11-05", 64), point("2026-12-01", 70),
                point("2026-12-03", 73));

        assertThat(ScoreChanges.since(73, points, TODAY.minusDays(1))).as("no snapshot on the 2nd: the 1st's")
                .isEqualTo(3);
        assertThat(ScoreChanges.since(73, points, TODAY.minusDays(30))).as("the 3rd of November: the 1st's")
                .isEqualTo(13);
        assertThat(ScoreChanges.since(73, points, LocalDate.parse("2026-10-01"))).as("before any snapshot")
                .isNull();
        assertThat(ScoreChanges.since(null, points, TODAY.minusDays(1))).isNull();
        assertThat(ComplianceText.change(3)).isEqualTo("+3 pts");
        assertThat(ComplianceText.change(-2)).isEqualTo("−2 pts");
        assertThat(ComplianceText.change(0)).isEqualTo("±0 pts");
    }

    @Test
    void fixFirstIsFailingCriticalAndHighThatNoWaiverOrMuteTakesOut() {
        Finding critical = finding(Severity.CRITICAL, FindingStatus.FAIL, false, false);
        Finding waived = finding(Severity.CRITICAL, FindingStatus.FAIL, true, false);
        Finding muted = finding(Severity.HIGH, FindingStatus.FAIL, false, true);
        Finding high = finding(Severity.HIGH, FindingStatus.FAIL, false, false);
        Finding medium = finding(Severity.MEDIUM, FindingStatus.FAIL, false, false);
        Finding passing = finding(Severity.CRITICAL, FindingStatus.PASS, false, false);

        assertThat(FixFirstCard.fixFirst(List.of(critical, waived, muted, high, medium, passing)))
                .containsExactly(critical, high);
    }

    @Test
    void expiringWaiversAreActiveOnesEndingWithinTwoWeeksSoonestFirst() {
        Waiver later = waiver(WaiverStatus.ACTIVE, TODAY.plusDays(14));
        Waiver soon = waiver(WaiverStatus.ACTIVE, TODAY);
        Waiver tooLate = waiver(WaiverStatus.ACTIVE, TODAY.plusDays(15));
        Waiver pending = waiver(WaiverStatus.PENDING_APPROVAL, TODAY.plusDays(3));

        assertThat(ExpiringWaiversCard.expiring(List.of(later, soon, tooLate, pending), TODAY))
                .containsExactly(soon, later);
    }

    @Test
    void theChangeListShowsTheMostSevereFirstFailuresBeforeFixes() {
        FindingChange lowNew = change(Severity.LOW);
        FindingChange criticalFixed = change(Severity.CRITICAL);
        FindingChange criticalRegressed = change(Severity.CRITICAL);
        ComplianceChanges changes = new ComplianceChanges(Instant.parse("2026-12-02T08:00:00Z"),
                new ComplianceChanges.Counts(1, 1, 1), List.of(lowNew), List.of(criticalFixed),
                List.of(criticalRegressed));

        assertThat(ChangesCard.rows(changes)).extracting(ChangesCard.Row::kind)
                .containsExactly("Regressed", "Fixed", "New failure");
    }

    @Test
    void theTrendChartHasALinePerFrameworkOverEveryDayBridgingMissedSnapshots() {
        String option = ScoreTrendChart.option(Map.of("CIS", List.of(point("2026-12-01", 40),
                point("2026-12-03", 45))), TODAY.minusDays(2), TODAY);

        assertThat(option).contains("\"data\":[\"2026-12-01\",\"2026-12-02\",\"2026-12-03\"]")
                .contains("\"data\":[40,null,45]").contains("\"connectNulls\":true").contains("\"max\":100");
    }

    @Test
    void pagesAreSlicedToTheGridsOffsetAndLimit() {
        List<Integer> rows = Pages.slice(75, 50, 50, page -> java.util.stream.IntStream.range(page * 50,
                Math.min(page * 50 + 50, 110)).boxed().toList()).toList();

        assertThat(rows).hasSize(35).startsWith(75).endsWith(109);
    }

    static TrendPoint point(String day, int score) {
        return new TrendPoint(LocalDate.parse(day), new ScoreCounts(score, score, 100 - score, 0, 0));
    }

    static Finding finding(Severity severity, FindingStatus status, boolean waived, boolean muted) {
        Instant seen = Instant.parse("2026-12-01T00:00:00Z");
        return new Finding(UUID.randomUUID(), "SANDBOX", new FindingResource("382272806015", "eu-west-1",
                "arn:aws:s3:::bucket", null), new FindingControl("S3.8", "S3.8", "S3 public access"), severity,
                status, null, Remediation.NONE, new FindingTimes(seen, seen, null), waived, muted, null);
    }

    static Waiver waiver(WaiverStatus status, LocalDate expiresOn) {
        return new Waiver(UUID.randomUUID(), "382272806015", "S3.8", "S3.8", null, "replaced soon", null, expiresOn,
                status, null, "erin", "Erin", Instant.parse("2026-11-01T00:00:00Z"), null, null, null, null, null);
    }

    static FindingChange change(Severity severity) {
        return new FindingChange(UUID.randomUUID(), "382272806015", "S3.8", "S3 public access", severity,
                "arn:aws:s3:::bucket", "eu-west-1", "SANDBOX", "PASS", "FAIL", Instant.parse("2026-12-03T06:00:00Z"));
    }
}
