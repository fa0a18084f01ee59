package dev.skyway.portal.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import dev.skyway.portal.accounts.Accounts;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.ComplianceTestApplication;
import dev.skyway.testsupport.MutableClock;
import dev.skyway.testsupport.TestUsers;

/**
 * Imports and what they are read back as, on a real database (H2 and PostgreSQL through the subclasses), with the
 * sandbox's account inventory: a Prowler file's findings are listed with their fields; a later scan keeps first seen,
 * moves last seen, records changes and resolves what it no longer has; the same result from Security Hub and Prowler
 * shows once; scores follow the frameworks' checks, waivers and attestations; engineers see their teams' accounts;
 * a bad file is refused with nothing stored.
 */
@SpringBootTest(classes = ComplianceTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class ComplianceContract {

    static final String PAYMENTS = "382272806015";
    static final String CHECKOUT = "383317268332";

    @Autowired
    ComplianceImports imports;

    @Autowired
    ComplianceFindings findings;

    @Autowired
    ComplianceFrameworks frameworks;

    @Autowired
    ComplianceScores scores;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    dev.skyway.portal.compliance.internal.scores.ScoreInputs inputs;

    @Autowired
    MutableClock clock;

    @Autowired
    ComplianceTrends trends;

    @BeforeEach
    void noFindingsAndASyncedInventory() {
        for (String table : List.of("finding_event", "waiver_mirror", "waiver", "attestation", "finding",
                "finding_import")) {
            jdbc.update("delete from compliance." + table);
        }
        jdbc.update("delete from compliance.framework where origin = 'UPLOAD'");
        clock.set(Instant.parse("2025-12-05T08:00:00Z"));
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        accounts.syncNow();
        TestUsers.loginAs("sam", Role.SECURITY);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
        clock.reset();
    }

    @Test
    void aProwlerFilesFindingsAreListedWithTheirFields() {
        FindingImport done = importFixture("prowler-ocsf.json", UploadType.JSON, true);

        assertThat(done.status()).isEqualTo(FindingImport.COMPLETED);
        assertThat(done.format()).isEqualTo("OCSF");
        assertThat(done.source()).isEqualTo("PROWLER");
        assertThat(done.counts()).isEqualTo(new ImportCounts(5, 5, 0, 0, 0));
        assertThat(done.accounts()).containsExactly(PAYMENTS, CHECKOUT);
        assertThat(findings.search(FindingQuery.all()).total()).isEqualTo(5);
        FindingPage failing = findings.search(query(PAYMENTS, FindingStatus.FAIL, null, null, null));
        assertThat(failing.total()).isOne();
        Finding root = failing.items().getFirst();
        assertThat(root.control()).isEqualTo(new FindingControl("iam_root_hardware_mfa_enabled", "IAM.6",
                "Ensure only hardware MFA is enabled for the root account"));
        assertThat(root.resource()).isEqualTo(new FindingResource(PAYMENTS, "us-east-1", "AWS::::Account:" + PAYMENTS,
                "AwsIamUser"));
        assertThat(root.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(root.source()).isEqualTo("PROWLER");
        assertThat(root.times().firstSeen()).isEqualTo(Instant.parse("2025-12-01T12:00:00.123456Z"));
        assertThat(root.times().lastSeen()).isEqualTo(root.times().firstSeen());
        assertThat(root.waived()).isFalse();
        assertThat(root.remediation().url()).endsWith("id_root-user_manage_mfa.html");
        assertThat(findings.search(query(null, null, "IAM.6", null, null)).items()).as("by the equivalent control")
                .extracting(Finding::id).containsExactly(root.id());
        assertThat(findings.search(query(null, null, null, null, Severity.HIGH)).items())
                .extracting(f -> f.control().controlId(), Finding::muted)
                .containsExactlyInAnyOrder(tuple(
                        "ec2_securitygroup_allow_ingress_from_internet_to_all_ports", true),
                        tuple("cloudtrail_multi_region_enabled", false));
    }

    @Test
    void aLaterScanKeepsFirstSeenRecordsChangesAndResolvesWhatItNoLongerHas() {
        importFixture("prowler-ocsf.json", UploadType.JSON, true);
        FindingImport csv = importFixture("prowler.csv", UploadType.CSV, true);
        assertThat(csv.counts()).as("3 known, 3 new, nothing gone").isEqualTo(new ImportCounts(6, 3, 0, 0, 0));
        Finding root = only(query(PAYMENTS, null, "iam_root_hardware_mfa_enabled", null, null));
        assertThat(root.times().firstSeen()).isEqualTo(Instant.parse("2025-12-01T12:00:00.123456Z"));
        assertThat(root.times().lastSeen()).isEqualTo(Instant.parse("2025-12-02T06:30:00.654321Z"));

        clock.advance(Duration.ofDays(1));
        String rescan = "CHECK_ID;STATUS;ACCOUNT_UID;REGION;RESOURCE_UID;SEVERITY;TIMESTAMP\n"
                + "iam_root_hardware_mfa_enabled;PASS;" + PAYMENTS + ";us-east-1;arn:aws:iam::" + PAYMENTS
                + ":root;critical;2025-12-04 06:30:00\n"
                + "ec2_instance_imdsv2_enabled;FAIL;" + PAYMENTS + ";eu-west-1;arn:aws:ec2:eu-west-1:" + PAYMENTS
                + ":instance/i-0123456789abcdef0;high;2025-12-04 06:30:00\n";
        FindingImport third = importBody(rescan, UploadType.CSV, true);

        assertThat(third.counts()).as("root changed, four gone").isEqualTo(new ImportCounts(2, 0, 1, 4, 0));
        assertThat(findings.search(query(PAYMENTS, null, null, null, null)).items())
                .extracting(f -> f.control().controlId(), Finding::status)
                .containsExactlyInAnyOrder(tuple("iam_root_hardware_mfa_enabled",
                        FindingStatus.PASS), tuple("ec2_instance_imdsv2_enabled",
                        FindingStatus.FAIL));
        assertThat(findings.search(query(CHECKOUT, null, null, null, null)).total()).as("another account: untouched")
                .isEqualTo(2);
        assertThat(history(root.id())).containsExactly("NEW:-:FAIL", "CHANGED:FAIL:PASS");

        String publicBucket = "CHECK_ID;STATUS;ACCOUNT_UID;REGION;RESOURCE_UID\ns3_bucket_public_access;FAIL;"
                + PAYMENTS + ";eu-west-1;arn:aws:s3:::payments-public\n";
        FindingImport partial = importBody(publicBucket, UploadType.CSV, false);
        assertThat(partial.counts()).as("reopened; a partial scan resolves nothing")
                .isEqualTo(new ImportCounts(1, 0, 1, 0, 0));
        Finding reopened = only(query(PAYMENTS, null, "s3_bucket_public_access", null, null));
        assertThat(reopened.times().firstSeen()).isEqualTo(Instant.parse("2025-12-02T06:30:00.654321Z"));
        assertThat(reopened.times().resolvedAt()).isNull();
        assertThat(history(reopened.id())).containsExactly("NEW:-:FAIL", "RESOLVED:FAIL:FAIL", "REOPENED:FAIL:FAIL");
        assertThat(findings.search(query(PAYMENTS, null, null, null, null)).total()).isEqualTo(3);
    }

    @Test
    void theSameResultFromSecurityHubAndProwlerShowsOnce() {
        importFixture("prowler-ocsf.json", UploadType.JSON, true);
        FindingImport hub = importFixture("securityhub-asff.json", UploadType.JSON, true);

        assertThat(hub.format()).isEqualTo("ASFF");
        assertThat(hub.source()).isEqualTo("GUARDDUTY,SECURITY_HUB");
        assertThat(hub.counts().findings()).as("the archived record is skipped").isEqualTo(5);
        assertThat(findings.search(FindingQuery.all()).total()).as("10 findings, 2 reported by both tools")
                .isEqualTo(8);
        List<Finding> rootMfa = findings.search(query(PAYMENTS, null, "IAM.6", null, null)).items();
        assertThat(rootMfa).extracting(Finding::source).as("Security Hub saw it first").containsExactly(
                "SECURITY_HUB");
        Finding prowlers = only(new FindingQuery(PAYMENTS, null, "IAM.6", "prowler", null, null, 0, 50));
        assertThat(prowlers.duplicateOf()).isEqualTo(rootMfa.getFirst().id());
        assertThat(findings.search(new FindingQuery(null, null, null, "SECURITY_HUB", null, null, 0, 50)).total())
                .isEqualTo(4);
    }

    @Test
    void aControlFilterMatchesTheToolsIdOrTheSharedKeyButNotAnotherToolsIdForThatKey() {
        importFixture("prowler-ocsf.json", UploadType.JSON, true);
        importFixture("securityhub-asff.json", UploadType.JSON, true);

        assertThat(findings.search(query(PAYMENTS, null, "iam_root_hardware_mfa_enabled", "PROWLER", null))
                .items()).extracting(Finding::source, f -> f.control().controlId())
                .containsExactly(tuple("PROWLER", "iam_root_hardware_mfa_enabled"));
        assertThat(findings.search(query(PAYMENTS, null, "iam_root_hardware_mfa_enabled", "SECURITY_HUB", null))
                .items()).as("Security Hub's IAM.6 shares the key, not the Prowler check id").isEmpty();
        assertThat(findings.search(query(PAYMENTS, null, "IAM.6", "PROWLER", null)).items())
                .extracting(f -> f.control().controlKey()).containsExactly("IAM.6");
        assertThat(findings.search(query(PAYMENTS, FindingStatus.FAIL, "IAM.6", null, null)).total())
                .as("the duplicate shows once").isEqualTo(1);
        assertThat(findings.search(query(PAYMENTS, null, "no_such_check", null, null)).total()).isZero();
    }

    @Test
    void scoresFollowTheFrameworksChecksWaiversAndAttestations() {
        importFixture("prowler-ocsf.json", UploadType.JSON, true);
        importFixture("securityhub-asff.json", UploadType.JSON, true);
        Framework fsbp = framework("AWS-Foundational-Security-Best-Practices");
        Framework cis = framework("CIS");

        FrameworkScore everywhere = scores.framework(fsbp.id(), ScoreScope.ALL);
        assertThat(everywhere.counts()).as("IAM.6 and CloudTrail.1 fail, S3.8 passes, CloudTrail.5 is unknown")
                .isEqualTo(new ScoreCounts(25, 1, 2, 0, 36));
        assertThat(status(everywhere, "IAM.6")).isEqualTo(FindingStatus.FAIL);
        assertThat(status(everywhere, "EC2.19")).as("muted in both tools").isEqualTo(FindingStatus.NOT_AVAILABLE);
        assertThat(scores.framework(fsbp.id(), ScoreScope.account(PAYMENTS)).counts().score()).isEqualTo(33);
        assertThat(scores.framework(fsbp.id(), ScoreScope.account(CHECKOUT)).counts().score()).isZero();
        assertThat(scores.framework(fsbp.id(), new ScoreScope(null, "payments", null)).counts().score())
                .isEqualTo(33);
        FrameworkScore benchmark = scores.framework(cis.id(), ScoreScope.ALL);
        assertThat(status(benchmark, "1.6")).as("a manual recommendation whose check fails").isEqualTo(
                FindingStatus.FAIL);
        assertThat(status(benchmark, "1.1")).isEqualTo(FindingStatus.MANUAL);
        assertThat(status(benchmark, "1.22")).isEqualTo(FindingStatus.MANUAL);
        assertThat(benchmark.counts()).isEqualTo(new ScoreCounts(0, 0, 2, 8, 31));

        jdbc.update("insert into compliance.attestation (id, framework_id, requirement_id, statement, valid_until,"
                + " status, attester, attester_name, attester_issuer, attester_subject, attested_at) values (?, ?,"
                + " '1.22', 'CloudShell access reviewed', date '2026-03-31', 'ACTIVE', 'sam', 'Sam', 'local', 'sam',"
                + " ?)", UUID.randomUUID(), cis.id(), java.sql.Timestamp.from(clock.instant()));
        assertThat(status(scores.framework(cis.id(), ScoreScope.ALL), "1.22")).isEqualTo(FindingStatus.PASS);
        assertThat(scores.framework(cis.id(), ScoreScope.ALL).counts().score()).isEqualTo(25);

        jdbc.update("insert into compliance.waiver (id, account_id, control_id, control_key, reason, expires_on,"
                + " status, requester, requester_name, requester_issuer, requester_subject, requested_at) values (?,"
                + " ?, 'IAM.6', 'IAM.6', 'hardware tokens ordered', date '2026-01-31', 'ACTIVE', 'erin', 'Erin',"
                + " 'local', 'erin', ?)", UUID.randomUUID(), PAYMENTS, java.sql.Timestamp.from(clock.instant()));
        assertThat(findings.search(new FindingQuery(PAYMENTS, null, "IAM.6", "PROWLER", null, null, 0, 50)).items())
                .extracting(Finding::waived).containsExactly(true);
        assertThat(scores.framework(fsbp.id(), ScoreScope.ALL).counts()).as("the waived control has no data")
                .isEqualTo(new ScoreCounts(33, 1, 1, 0, 37));

        ComplianceSummary summary = scores.summary();
        assertThat(summary.accounts()).extracting(ComplianceSummary.ScopeEntry::key, e -> e.counts().score())
                .containsExactly(tuple(CHECKOUT, 0),
                        tuple(PAYMENTS, 67));
        assertThat(summary.accounts().getFirst().name()).isEqualTo("checkout-prod");
        assertThat(summary.teams()).extracting(ComplianceSummary.ScopeEntry::key).containsExactly("checkout",
                "payments");
        assertThat(summary.ous()).extracting(ComplianceSummary.ScopeEntry::key)
                .containsExactly("Workloads", "Workloads/Prod");
        assertThat(summary.frameworks()).extracting(ComplianceSummary.FrameworkEntry::name)
                .contains(fsbp.name(), cis.name());
    }

    @Test
    void controlStatusesAndTotalsAreReadOnceUntilAFindingAWaiverOrAnEnablementChanges() {
        importFixture("prowler-ocsf.json", UploadType.JSON, true);
        java.time.LocalDate today = java.time.LocalDate.of(2025, 12, 5);
        var first = inputs.controlStatuses(null, today);
        assertThat(first.get(PAYMENTS)).containsEntry("IAM.6", FindingStatus.FAIL);
        assertThat(inputs.controlStatuses(null, today)).as("nothing changed: the same read").isSameAs(first);
        assertThat(inputs.controlStatuses(java.util.Set.of(PAYMENTS), today)).as("another scope is its own read")
                .isNotSameAs(first).containsOnlyKeys(PAYMENTS);

        FindingQuery failing = new FindingQuery(PAYMENTS, FindingStatus.FAIL, null, null, null, null, 0, 50);
        long failingBefore = findings.search(failing).total();
        assertThat(findings.search(failing).total()).as("the total, kept").isEqualTo(failingBefore);

        // what the portal's own writes do to a finding: a new status and the time of the write
        clock.set(clock.instant().plusSeconds(60));
        jdbc.update("update compliance.finding set status = 'PASS', updated_at = ? where account_id = ?"
                + " and control_id = 'iam_root_hardware_mfa_enabled'", java.sql.Timestamp.from(clock.instant()),
                PAYMENTS);
        var afterWrite = inputs.controlStatuses(null, today);
        assertThat(afterWrite).isNotSameAs(first);
        assertThat(afterWrite.get(PAYMENTS)).containsEntry("IAM.6", FindingStatus.PASS);
        assertThat(findings.search(failing).total()).as("the total follows the write").isEqualTo(failingBefore - 1);

        jdbc.update("insert into compliance.control_enablement (source, account_id, region, standard_id, control_id,"
                + " enabled, updated_at) select distinct source, account_id, region, '', control_id, false,"
                + " cast(? as timestamp with time zone) from"
                + " compliance.finding where account_id = ? and control_key = 'IAM.6'",
                java.sql.Timestamp.from(clock.instant()), PAYMENTS);
        assertThat(inputs.controlStatuses(null, today).get(PAYMENTS)).as("disabled there").doesNotContainKey("IAM.6");
        assertThat(inputs.controlStatuses(null, today.plusDays(1))).as("another day is its own read")
                .isNotSameAs(afterWrite);
        jdbc.update("delete from compliance.control_enablement where account_id = ?", PAYMENTS);
    }

    @Test
    void aFindingsPageHasItsHistoryAndRequirementsAndListsFilterByFrameworkAndSortByAnyColumn() {
        importFixture("prowler-ocsf.json", UploadType.JSON, true);
        Finding root = only(query(PAYMENTS, FindingStatus.FAIL, "iam_root_hardware_mfa_enabled", null, null));
        Framework fsbp = framework("AWS-Foundational-Security-Best-Practices");

        FindingDetail detail = findings.find(root.id()).orElseThrow();
        assertThat(detail.finding()).isEqualTo(root);
        assertThat(detail.history()).extracting(FindingEvent::kind, FindingEvent::fromStatus, FindingEvent::toStatus)
                .containsExactly(tuple("NEW", null, "FAIL"));
        assertThat(detail.requirements()).as("by the equivalent control IAM.6")
                .contains(new RequirementRef(fsbp.id(), fsbp.name(), "IAM.6"));
        assertThat(frameworks.requirements(fsbp.id())).anySatisfy(r -> {
            assertThat(r.id()).isEqualTo("IAM.6");
            assertThat(r.checks()).isNotEmpty();
        });

        FindingPage inFramework = findings.search(FindingQuery.all(), fsbp.id(), FindingSort.WORST_FIRST);
        assertThat(inFramework.items()).extracting(Finding::id).contains(root.id());
        assertThat(inFramework.total()).isLessThanOrEqualTo(findings.search(FindingQuery.all()).total());
        assertThat(findings.search(FindingQuery.all(), null, new FindingSort(FindingSort.Column.ACCOUNT, true))
                .items()).extracting(f -> f.resource().accountId()).isSorted();
        assertThat(findings.search(FindingQuery.all(), null, new FindingSort(FindingSort.Column.CONTROL, false))
                .items()).extracting(f -> f.control().controlId())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());

        Finding checkout = findings.search(query(CHECKOUT, null, null, null, null)).items().getFirst();
        TestUsers.loginAs("erin", Role.ENGINEER);
        assertThat(findings.find(checkout.id())).as("another team's account").isEmpty();
        assertThat(findings.find(root.id())).isPresent();
    }

    @Test
    void changesSinceAMomentGoFromEachFindingsFirstToItsLastStatusInThePeriodCountedOnceWorstFirst() {
        Instant since = clock.instant().minus(Duration.ofDays(1));
        UUID high = findingWith(PAYMENTS, "S3.1", Severity.HIGH, null);
        event(high, "NEW", null, "FAIL", since.plusSeconds(60));
        UUID critical = findingWith(CHECKOUT, "IAM.6", Severity.CRITICAL, null);
        event(critical, "NEW", null, "FAIL", since.plusSeconds(30));
        UUID passes = findingWith(PAYMENTS, "EC2.2", Severity.MEDIUM, null);
        event(passes, "CHANGED", "FAIL", "PASS", since.plusSeconds(90));
        UUID gone = findingWith(CHECKOUT, "EC2.8", Severity.LOW, null);
        event(gone, "RESOLVED", "FAIL", "FAIL", since.plusSeconds(120));
        UUID fails = findingWith(PAYMENTS, "IAM.4", Severity.LOW, null);
        event(fails, "CHANGED", "PASS", "FAIL", since.plusSeconds(150));
        UUID back = findingWith(PAYMENTS, "IAM.5", Severity.LOW, null);
        event(back, "REOPENED", null, "FAIL", since.plusSeconds(180));
        UUID flapped = findingWith(PAYMENTS, "IAM.7", Severity.CRITICAL, null);
        event(flapped, "CHANGED", "FAIL", "PASS", since.plusSeconds(200));
        event(flapped, "CHANGED", "PASS", "FAIL", since.plusSeconds(210));
        UUID earlier = findingWith(PAYMENTS, "IAM.8", Severity.CRITICAL, null);
        event(earlier, "NEW", null, "FAIL", since.minusSeconds(60));
        event(earlier, "CHANGED", "FAIL", "FAIL", since.plusSeconds(60));
        UUID copy = findingWith(PAYMENTS, "S3.1", Severity.HIGH, high);
        event(copy, "NEW", null, "FAIL", since.plusSeconds(60));

        ComplianceChanges changes = trends.changesSince(since);

        assertThat(changes.counts()).isEqualTo(new ComplianceChanges.Counts(2, 2, 2));
        assertThat(changes.newFailures()).extracting(FindingChange::findingId).containsExactly(critical, high);
        assertThat(changes.newFailures().getFirst()).extracting(FindingChange::before, FindingChange::after,
                FindingChange::at, FindingChange::controlId, FindingChange::accountId)
                .containsExactly(null, "FAIL", since.plusSeconds(30), "IAM.6", CHECKOUT);
        assertThat(changes.fixed()).extracting(FindingChange::findingId, FindingChange::before, FindingChange::after)
                .containsExactly(tuple(passes, "FAIL", "PASS"), tuple(gone, "FAIL", "RESOLVED"));
        // the same severity: the latest change first
        assertThat(changes.regressed()).extracting(FindingChange::findingId, FindingChange::before)
                .containsExactly(tuple(back, "RESOLVED"), tuple(fails, "PASS"));

        TestUsers.loginAs("erin", Role.ENGINEER);
        ComplianceChanges payments = trends.changesSince(since.minusSeconds(1));
        assertThat(payments.counts()).isEqualTo(new ComplianceChanges.Counts(1, 1, 2));
        assertThat(payments.newFailures()).extracting(FindingChange::findingId).containsExactly(high);
    }

    private UUID findingWith(String account, String control, Severity severity, UUID duplicateOf) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.update("insert into compliance.finding (id, finding_key, source, account_id, region, resource_id,"
                        + " control_id, control_key, title, severity, severity_rank, status, first_seen, last_seen,"
                        + " updated_at, duplicate_of) values (?, ?, 'PROWLER', ?, 'eu-west-1', ?, ?, ?, ?, ?, ?,"
                        + " 'FAIL', ?, ?, ?, ?)", id, id.toString(), account, "arn:aws:s3:::" + id, control, control,
                "Check " + control, severity.name(), severity.rank(), java.sql.Timestamp.from(now),
                java.sql.Timestamp.from(now), java.sql.Timestamp.from(now), duplicateOf);
        return id;
    }

    private void event(UUID finding, String kind, String from, String to, Instant at) {
        jdbc.update("insert into compliance.finding_event (finding_id, account_id, control_key, kind, from_status,"
                        + " to_status, occurred_at) select id, account_id, control_key, ?, ?, ?, ? from"
                        + " compliance.finding where id = ?", kind, from, to, java.sql.Timestamp.from(at), finding);
    }

    @Test
    void engineersSeeTheirTeamsAccountsOnly() {
        importFixture("prowler-ocsf.json", UploadType.JSON, true);
        PortalUser erin = TestUsers.loginAs("erin", Role.ENGINEER);
        assertThat(erin.team()).isEqualTo("payments");

        FindingPage page = findings.search(FindingQuery.all());
        assertThat(page.items()).extracting(f -> f.resource().accountId()).containsOnly(PAYMENTS);
        assertThat(page.scope()).isEqualTo("accounts of team payments");
        assertThatThrownBy(() -> findings.search(query(CHECKOUT, null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        Framework fsbp = framework("AWS-Foundational-Security-Best-Practices");
        assertThatThrownBy(() -> scores.framework(fsbp.id(), ScoreScope.account(CHECKOUT)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(scores.summary().accounts()).extracting(ComplianceSummary.ScopeEntry::key)
                .containsExactly(PAYMENTS);
        assertThatThrownBy(() -> imports.upload(fixture("prowler.csv"), UploadType.CSV, "prowler.csv", true))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> frameworks.upload(fixture("prowler.csv"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aFileThatIsNotFindingsOrHasABadFindingIsRefusedWithNothingStored() {
        assertThatThrownBy(() -> imports.upload(fixture("cloudtrail-events.json"), UploadType.JSON, "events.json",
                true)).isInstanceOf(FindingsFileException.class).hasMessageStartingWith("Not a findings file");
        String oneBad = "[" + "{\"class_uid\": 2004, \"status_code\": \"FAIL\", \"metadata\": {\"event_code\": \"a\"},"
                + " \"cloud\": {\"account\": {\"uid\": \"" + PAYMENTS + "\"}}}, {\"class_uid\": 2004}]";
        assertThatThrownBy(() -> imports.upload(body(oneBad), UploadType.JSON, null, true))
                .isInstanceOfSatisfying(FindingsFileException.class, e -> assertThat(e.problems()).contains(
                        "finding 2: status_code is missing"));

        assertThat(jdbc.queryForObject("select count(*) from compliance.finding_import", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from compliance.finding", Integer.class)).isZero();
    }

    @Test
    void aFrameworkWithARepeatedRequirementIsMergedAndAnUploadAgainReplacesIt() {
        assertThat(frameworks.all()).extracting(Framework::origin).as("the shipped ones, loaded at startup")
                .contains(Framework.BUILTIN);

        FrameworkUpload first = frameworks.upload(resource("/frameworks/skyway-baseline.json"));
        FrameworkUpload again = frameworks.upload(resource("/frameworks/skyway-baseline.json"));

        assertThat(first.created()).isTrue();
        assertThat(first.framework().requirements()).isEqualTo(4);
        assertThat(first.framework().merged()).containsExactly("SKY-2");
        assertThat(first.framework().version()).isEmpty();
        assertThat(again.created()).isFalse();
        assertThat(again.framework().id()).isEqualTo(first.framework().id());
        importFixture("prowler.csv", UploadType.CSV, true);
        FrameworkScore baseline = scores.framework(first.framework().id(), ScoreScope.account(PAYMENTS));
        assertThat(baseline.requirements()).extracting(RequirementResult::id, RequirementResult::status)
                .containsExactly(tuple("SKY-1", FindingStatus.FAIL),
                        tuple("SKY-2", FindingStatus.FAIL),
                        tuple("SKY-3", FindingStatus.MANUAL),
                        tuple("SKY-4", FindingStatus.NOT_AVAILABLE));
    }

    // --- helpers

    FindingImport importFixture(String name, UploadType type, boolean fullScan) {
        return awaited(imports.upload(fixture(name), type, name, fullScan));
    }

    FindingImport importBody(String body, UploadType type, boolean fullScan) {
        return awaited(imports.upload(body(body), type, null, fullScan));
    }

    FindingImport awaited(FindingImport started) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        FindingImport current = started;
        while (FindingImport.RUNNING.equals(current.status()) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            current = imports.find(started.id()).orElseThrow();
        }
        assertThat(current.error()).isNull();
        return current;
    }

    Finding only(FindingQuery query) {
        List<Finding> items = findings.search(query).items();
        assertThat(items).hasSize(1);
        return items.getFirst();
    }

    List<String> history(UUID finding) {
        return jdbc.queryForList("select kind || ':' || coalesce(from_status, '-') || ':' || to_status"
                + " from compliance.finding_event where finding_id = ? order by id", String.class, finding);
    }

    Framework framework(String name) {
        return frameworks.all().stream().filter(f -> f.framework().equals(name)).findFirst().orElseThrow();
    }

    static FindingStatus status(FrameworkScore score, String requirement) {
        return score.requirements().stream().filter(r -> r.id().equals(requirement)).findFirst().orElseThrow()
                .status();
    }

    static FindingQuery query(String account, FindingStatus status, String control, String source,
                              Severity severity) {
        return new FindingQuery(account, status, control, source, severity, null, 0, 50);
    }

    static InputStream fixture(String name) {
        return resource("/findings/" + name);
    }

    static InputStream resource(String path) {
        InputStream in = ComplianceContract.class.getResourceAsStream(path);
        if (in == null) {
            throw new UncheckedIOException(new IOException("No resource " + path));
        }
        return in;
    }

    static InputStream body(String text) {
        return new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
