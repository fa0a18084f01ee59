package dev.skyway.portal.compliance.internal.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.skyway.portal.accounts.Account;
import dev.skyway.portal.accounts.AccountOwnership;
import dev.skyway.portal.accounts.Accounts;
import dev.skyway.portal.compliance.ComplianceChanges;
import dev.skyway.portal.compliance.ComplianceFrameworks;
import dev.skyway.portal.compliance.ComplianceTrends;
import dev.skyway.portal.compliance.ScoreTrend;
import dev.skyway.portal.compliance.TrendPoint;
import dev.skyway.portal.compliance.TrendQuery;
import dev.skyway.portal.compliance.internal.trends.ScoreSnapshots;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.ComplianceTestApplication;
import dev.skyway.testsupport.Databases;
import dev.skyway.testsupport.MutableClock;
import dev.skyway.testsupport.TestUsers;

/**
 * The sandbox seed on H2 with the sandbox's 42 accounts: 90 days of findings through the import store, a snapshot
 * per day (the organization improves, the regressing account gets worse), changes since yesterday, drift; then the
 * daily snapshot job's work and who sees which trend.
 */
@SpringBootTest(classes = ComplianceTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SandboxComplianceSeedTests {

    static final Instant NOW = Instant.parse("2025-12-05T08:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2025-12-05");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.h2(registry);
    }

    @Autowired
    SandboxComplianceSeed seed;

    @Autowired
    ScoreSnapshots snapshots;

    @Autowired
    ComplianceTrends trends;

    @Autowired
    ComplianceFrameworks frameworks;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountOwnership ownership;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void anEmptyStoreAndASyncedInventory() {
        for (String table : List.of("finding_event", "waiver_mirror", "waiver", "attestation", "finding",
                "finding_import", "score_snapshot", "drift_check")) {
            jdbc.update("delete from compliance." + table);
        }
        clock.set(NOW);
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
    void ninetyDaysOfFindingsSnapshotsAndDriftOnFirstStart() {
        List<Account> inventory = ownership.accounts();
        assertThat(inventory).hasSize(42);
        assertThat(seed.seededBefore()).isFalse();

        int imports = seed.seed(inventory);

        assertThat(seed.seededBefore()).isTrue();
        assertThat(imports).isBetween(60, 90);
        assertThat(jdbc.queryForObject("select count(*) from compliance.finding_import where status = 'COMPLETED'",
                Integer.class)).isEqualTo(imports);
        assertThat(jdbc.queryForObject("select count(distinct account_id) from compliance.finding where source = "
                + "'SANDBOX' and resolved_at is null", Integer.class)).isEqualTo(42);
        assertThat(jdbc.queryForObject("select min(first_seen) from compliance.finding", java.time.OffsetDateTime.class)
                .toLocalDate()).isEqualTo(TODAY.minusDays(89));

        ScoreTrend organization = trends.trend(new TrendQuery(null, null, null, null, null, null));
        assertThat(organization.points()).hasSize(90);
        assertThat(organization.points().getFirst().day()).isEqualTo(TODAY.minusDays(89));
        assertThat(score(organization.points().getLast())).as("the organization improves")
                .isGreaterThan(score(organization.points().getFirst()) + 5);

        var cis = frameworks.all().stream().filter(f -> f.framework().equals("CIS")).findFirst().orElseThrow();
        ScoreTrend cisTrend = trends.trend(new TrendQuery(cis.id(), null, null, null, TODAY.minusDays(29), TODAY));
        assertThat(cisTrend.points()).hasSize(30);
        assertThat(cisTrend.points().getLast().counts().manual()).as("MANUAL requirements wait").isPositive();

        String regressing = inventory.stream().map(Account::id).sorted().toList().get(7);
        ScoreTrend worse = trends.trend(new TrendQuery(null, regressing, null, null, TODAY.minusDays(30), TODAY));
        assertThat(score(worse.points().getLast())).as("the regressing account")
                .isLessThan(score(worse.points().getFirst()) - 5);

        String team = inventory.stream().filter(a -> a.ownerTeam() != null).findFirst().orElseThrow().ownerTeam();
        assertThat(trends.trend(new TrendQuery(null, null, team, null, null, null)).points()).hasSize(90);

        ComplianceChanges changes = trends.changesSince(null);
        assertThat(changes.counts().newFailures() + changes.counts().fixed() + changes.counts().regressed())
                .isPositive();
        ComplianceChanges month = trends.changesSince(NOW.minus(java.time.Duration.ofDays(30)));
        assertThat(month.counts().fixed()).isPositive();
        assertThat(month.regressed()).anySatisfy(c -> assertThat(c.accountId()).isEqualTo(regressing));

        assertThat(jdbc.queryForObject("select count(*) from compliance.drift_check where stack_drift_status = "
                + "'DRIFTED'", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from compliance.resource_drift", Integer.class)).isPositive();

        // the job's work: today's snapshot again replaces today's, nothing else
        int before = jdbc.queryForObject("select count(*) from compliance.score_snapshot", Integer.class);
        snapshots.takeToday();
        assertThat(jdbc.queryForObject("select count(*) from compliance.score_snapshot", Integer.class))
                .isEqualTo(before);

        TestUsers.loginAs(TestUsers.user("erin", Role.ENGINEER));
        assertThatThrownBy(() -> trends.trend(new TrendQuery(null, null, null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static int score(TrendPoint point) {
        return point.counts().score();
    }
}
