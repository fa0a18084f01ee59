package dev.skyway.portal.compliance.internal.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.skyway.portal.compliance.FindingStatus;

/** The sandbox's generated findings: the same every time, shaped as the issue asks (trend, regression, MANUAL). */
class SandboxFindingsTests {

    static final LocalDate TODAY = LocalDate.parse("2025-12-05");
    static final List<SandboxAccount> ACCOUNTS = IntStream.range(0, 42)
            .mapToObj(i -> new SandboxAccount(String.valueOf(100_000_000_000L + i * 7919L), "Account " + i)).toList();
    static final List<SandboxControl> CONTROLS = SandboxControls.shipped();

    final SandboxFindings generator = new SandboxFindings(ACCOUNTS, CONTROLS, TODAY, 42);

    @Test
    void theShippedFrameworksChecksAreCoveredWithSeverityTitleAndRequirements() {
        assertThat(CONTROLS).hasSizeGreaterThan(50);
        assertThat(CONTROLS).extracting(SandboxControl::checkId).contains("iam_root_hardware_mfa_enabled",
                "s3_bucket_public_access", "accessanalyzer_enabled");
        SandboxControl root = CONTROLS.stream().filter(c -> c.checkId().equals("iam_root_hardware_mfa_enabled"))
                .findFirst().orElseThrow();
        assertThat(root.requirements()).containsKeys("AWS-Foundational-Security-Best-Practices-1.0.0", "CIS-3.0");
        assertThat(root.accountLevel()).isTrue();
        assertThat(CONTROLS.stream().filter(SandboxControl::manual).count()).isEqualTo(3);
        assertThat(SandboxControls.resourceType("s3_bucket_public_access")).isEqualTo("AwsS3Bucket");
        assertThat(SandboxControls.resourceType("rds_snapshots_public_access")).isEqualTo("AwsRdsDbSnapshot");
    }

    @Test
    void theSameSeedAndDayGiveTheSameFindings() {
        SandboxFindings again = new SandboxFindings(ACCOUNTS.reversed(), CONTROLS, TODAY, 42);
        assertThat(again.on(TODAY.minusDays(30))).isEqualTo(generator.on(TODAY.minusDays(30)));
        assertThat(new SandboxFindings(ACCOUNTS, CONTROLS, TODAY, 43).on(TODAY)).isNotEqualTo(generator.on(TODAY));
    }

    @Test
    void everyAccountHasFindingsWithUniqueKeysAndSomeAreManual() {
        var today = generator.on(TODAY);
        assertThat(today.stream().map(f -> f.account().id()).distinct()).hasSize(42);
        assertThat(today.stream().map(f -> f.account().id() + f.control().checkId() + f.resource().resourceId())
                .distinct()).hasSize(today.size());
        assertThat(today).allSatisfy(f -> assertThat(f.resource().accountId()).isEqualTo(f.account().id()));
        assertThat(today).filteredOn(f -> f.status() == FindingStatus.MANUAL).hasSize(3 * 42);
        assertThat(today).filteredOn(f -> f.status() == FindingStatus.FAIL).isNotEmpty();
    }

    @Test
    void theOrganizationImprovesOverNinetyDays() {
        double first = failingShare(generator.firstDay(), f -> true);
        double middle = failingShare(TODAY.minusDays(45), f -> true);
        double last = failingShare(TODAY, f -> true);
        assertThat(first).isGreaterThan(middle);
        assertThat(middle).isGreaterThan(last);
        assertThat(first - last).as("a visible improvement").isGreaterThan(0.08);
    }

    @Test
    void theOrganizationsScoreOverAllControlsImproves() {
        int first = organizationScore(generator.firstDay());
        int last = organizationScore(TODAY);
        assertThat(last).as("from %s", first).isGreaterThan(first + 15);
        assertThat(first).isPositive();
    }

    /** As Security Hub scores an organization: a control fails when it fails in any account. */
    private int organizationScore(LocalDate day) {
        Map<String, FindingStatus> controls = new java.util.HashMap<>();
        generator.on(day).forEach(f -> controls.merge(f.control().checkId(), f.status(), FindingStatus::worse));
        long passed = controls.values().stream().filter(s -> s == FindingStatus.PASS).count();
        long withData = controls.values().stream().filter(s -> s != FindingStatus.MANUAL).count();
        return (int) (100 * passed / withData);
    }

    @Test
    void oneAccountRegressesInTheLastWeeks() {
        String regressing = generator.regressing().id();
        Predicate<SandboxFindings.Generated> itsFindings = f -> f.account().id().equals(regressing);
        double before = failingShare(TODAY.minusDays(SandboxFindings.REGRESSION_DAYS + 1), itsFindings);
        double now = failingShare(TODAY, itsFindings);
        assertThat(now).isGreaterThan(before + 0.1);
        Map<Boolean, Long> others = ACCOUNTS.stream().filter(a -> !a.id().equals(regressing))
                .collect(Collectors.partitioningBy(a -> failingShare(TODAY, f -> f.account().equals(a))
                        > failingShare(TODAY.minusDays(SandboxFindings.REGRESSION_DAYS + 1), f -> f.account()
                        .equals(a)) + 0.1, Collectors.counting()));
        assertThat(others.get(true)).as("no other account regresses as much").isZero();
    }

    @Test
    void newResourcesAppearFailingOnLaterDays() {
        Set<String> first = keys(generator.firstDay());
        Set<String> now = keys(TODAY);
        assertThat(now).containsAll(first);
        assertThat(now.size()).isGreaterThan(first.size());
    }

    private Set<String> keys(LocalDate day) {
        return generator.on(day).stream().map(f -> f.account().id() + f.control().checkId() + f.resource()
                .resourceId()).collect(Collectors.toSet());
    }

    private double failingShare(LocalDate day, Predicate<SandboxFindings.Generated> which) {
        var findings = generator.on(day).stream().filter(which).toList();
        return (double) findings.stream().filter(f -> f.status() == FindingStatus.FAIL).count() / findings.size();
    }
}
