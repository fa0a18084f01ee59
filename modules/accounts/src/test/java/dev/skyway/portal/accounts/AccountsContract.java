package dev.skyway.portal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.platform.jobs.SyncState;
import dev.skyway.portal.platform.jobs.SyncStatus;
import dev.skyway.testsupport.AccountsTestApplication;
import dev.skyway.testsupport.MutableClock;
import dev.skyway.testsupport.TestUsers;

/**
 * The inventory on a real database (H2 and PostgreSQL through the subclasses): the sandbox organization syncs into
 * the accounts schema, the facade searches and filters it, finds single accounts, shows the OU tree, keeps the
 * previous inventory when a sync fails, and lets only platform admins sync.
 */
@SpringBootTest(classes = AccountsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class AccountsContract {

    static final String WORKLOADS = "ou-sk7y-wrk30003";
    static final String PROD = "ou-sk7y-prd30004";

    @Autowired
    Accounts accounts;

    @Autowired
    AccountOwnership ownership;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void syncedSandbox() {
        clock.set(Instant.parse("2026-05-01T10:00:00Z"));
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        assertThat(accounts.syncNow().state()).isEqualTo(SyncState.SUCCEEDED);
        TestUsers.loginAs("erin", Role.ENGINEER);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void syncStoresTheSandboxOrganizationAndRecordsItsStatus() {
        SyncStatus status = accounts.syncStatus();

        assertThat(status.source()).isEqualTo("sandbox");
        assertThat(status.items()).isEqualTo(42);
        assertThat(status.lastSucceededAt()).isEqualTo(Instant.parse("2026-05-01T10:00:00Z"));
        assertThat(status.message()).isEqualTo("42 accounts in 7 organizational units");
        assertThat(accounts.count(AccountQuery.all())).isEqualTo(42);
        assertThat(accounts.search(AccountQuery.all(), 0, 100)).allSatisfy(a -> {
            assertThat(a.id()).matches("\\d{12}");
            assertThat(a.email()).isEqualTo("aws+" + a.name() + "@example.com");
            assertThat(a.joinedAt()).isBefore(Instant.parse("2026-05-01T00:00:00Z"));
        });
    }

    @Test
    void theOuTreeHasTheRootFirstAndPathsBelowIt() {
        assertThat(accounts.organizationalUnits()).extracting(OrganizationalUnit::path).containsExactly(
                "Root", "Infrastructure", "Sandbox", "Security", "Suspended", "Workloads", "Workloads/NonProd",
                "Workloads/Prod");
        OrganizationalUnit prod = accounts.organizationalUnits().stream().filter(u -> u.id().equals(PROD))
                .findFirst().orElseThrow();
        assertThat(prod.parentId()).isEqualTo(WORKLOADS);
        assertThat(prod.depth()).isEqualTo(2);
        assertThat(accounts.organizationalUnits().getFirst().id()).isEqualTo("r-sk7y");
    }

    @Test
    void aSecondSyncReplacesTheInventoryWithoutDuplicates() {
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        accounts.syncNow();

        assertThat(accounts.count(AccountQuery.all())).isEqualTo(42);
        assertThat(jdbc.queryForObject("select count(*) from accounts.sandbox_account", Integer.class))
                .isEqualTo(42);
    }

    @Test
    void searchesByTextStatusTeamAndTag() {
        assertThat(accounts.search(query("PAYMENTS-PROD", null, null, null, null), 0, 10))
                .extracting(Account::name).containsExactly("payments-prod");
        assertThat(accounts.search(query("aws+log-archive@", null, null, null, null), 0, 10))
                .extracting(Account::name).containsExactly("log-archive");
        String id = accounts.search(query("log-archive", null, null, null, null), 0, 1).getFirst().id();
        assertThat(accounts.search(query(id.substring(2, 9), null, null, null, null), 0, 10))
                .extracting(Account::id).contains(id);
        assertThat(accounts.count(query("100%_", null, null, null, null))).as("LIKE wildcards are literal").isZero();
        assertThat(accounts.count(query("_", null, null, null, null))).as("no name has an underscore").isZero();
        assertThat(accounts.search(query(null, null, "SUSPENDED", null, null), 0, 10)).extracting(Account::name)
                .containsExactly("acquired-startup-dev", "legacy-billing", "legacy-reports");
        assertThat(accounts.search(query(null, null, "PENDING_CLOSURE", null, null), 0, 10))
                .extracting(Account::name).containsExactly("old-marketing-site");
        assertThat(accounts.search(query(null, null, null, "Security", null), 0, 10)).extracting(Account::name)
                .containsExactly("log-archive", "security-audit", "security-tooling");
        assertThat(accounts.count(query(null, null, null, null, "environment=prod"))).isEqualTo(13);
        assertThat(accounts.count(query(null, null, null, null, "owner-team"))).as("all but 4 untagged").isEqualTo(38);
        assertThat(accounts.search(query("payments", null, "ACTIVE", "payments", "environment=dev"), 0, 10))
                .extracting(Account::name).containsExactly("payments-dev");
    }

    @Test
    void theAccountsOwnedByTeamsAreThoseTaggedWithOneOfThem() {
        List<Account> payments = accounts.search(query(null, null, null, "payments", null), 0, 100);
        assertThat(payments).isNotEmpty();

        assertThat(ownership.ownedBy(List.of("payments"))).containsExactlyElementsOf(payments);
        assertThat(ownership.ownedBy(List.of("payments", "no-such-team"))).containsExactlyElementsOf(payments);
        assertThat(ownership.ownedBy(List.of("PAYMENTS"))).as("as tagged, case and all").isEmpty();
        assertThat(ownership.ownedBy(List.of())).isEmpty();
    }

    @Test
    void anOuFilterIncludesTheOusBelowIt() {
        assertThat(accounts.count(query(null, PROD, null, null, null))).isEqualTo(10);
        assertThat(accounts.count(query(null, WORKLOADS, null, null, null))).as("Workloads, Prod and NonProd")
                .isEqualTo(23);
        assertThat(accounts.count(query(null, "r-sk7y", null, null, null))).isEqualTo(42);
        assertThat(accounts.count(query(null, "ou-nope-00000000", null, null, null))).isZero();
        assertThat(accounts.search(query(null, WORKLOADS, null, null, null), 0, 100))
                .extracting(Account::ouPath).containsOnly("Workloads", "Workloads/Prod", "Workloads/NonProd");
    }

    @Test
    void pagesThroughResultsWithOffsetAndLimit() {
        var first = accounts.search(AccountQuery.all(), 0, 20);
        var second = accounts.search(AccountQuery.all(), 20, 20);
        var third = accounts.search(AccountQuery.all(), 40, 20);

        assertThat(first).hasSize(20);
        assertThat(second).hasSize(20).doesNotContainAnyElementsOf(first);
        assertThat(third).hasSize(2);
    }

    @Test
    void anAccountCarriesItsOwnerCostCenterTagsAndPath() {
        String id = accounts.search(query("payments-prod", null, null, null, null), 0, 1).getFirst().id();
        Account account = accounts.account(id);

        assertThat(account.ouPath()).isEqualTo("Workloads/Prod");
        assertThat(account.ouId()).isEqualTo(PROD);
        assertThat(account.ownerTeam()).isEqualTo("payments");
        assertThat(account.costCenter()).isEqualTo("CC-2100");
        assertThat(account.tags()).containsEntry("environment", "prod").hasSize(3);
        assertThat(account.status()).isEqualTo("ACTIVE");

        Account untagged = accounts.search(query("sandbox-demo", null, null, null, null), 0, 1).getFirst();
        assertThat(untagged.tags()).isEmpty();
        assertThat(untagged.ownerTeam()).isNull();
    }

    @Test
    void anUnknownAccountIsNotFound() {
        assertThatThrownBy(() -> accounts.account("999999999999")).isInstanceOf(AccountNotFoundException.class)
                .hasMessageContaining("999999999999");
    }

    @Test
    void aFailedSyncKeepsThePreviousInventoryAndRecordsTheError() {
        // the sandbox organization loses its root: the directory then names parents the snapshot does not hold
        jdbc.update("update accounts.sandbox_account set parent_id = 'ou-sk7y-gone0000' where name = 'sandbox-demo'");
        try {
            clock.set(Instant.parse("2026-05-01T11:00:00Z"));
            TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
            SyncStatus status = accounts.syncNow();

            assertThat(status.state()).isEqualTo(SyncState.FAILED);
            assertThat(status.message()).contains("ou-sk7y-gone0000");
            assertThat(status.lastSucceededAt()).isEqualTo(Instant.parse("2026-05-01T10:00:00Z"));
            assertThat(accounts.count(AccountQuery.all())).isEqualTo(42);
            assertThat(accounts.organizationalUnits()).hasSize(8);
        } finally {
            jdbc.update("update accounts.sandbox_account set parent_id = 'ou-sk7y-sbx40006' where name = 'sandbox-demo'");
        }
    }

    @Test
    void everyRoleMayReadButOnlyPlatformAdminsSync() {
        for (Role role : Role.values()) {
            TestUsers.loginAs("someone", role);
            assertThat(accounts.count(AccountQuery.all())).isEqualTo(42);
        }
        TestUsers.loginAs("erin", Role.ENGINEER, Role.APPROVER, Role.FINANCE, Role.SECURITY);
        assertThatThrownBy(() -> accounts.syncNow()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.requestSync(null)).isInstanceOf(AccessDeniedException.class);
        TestUsers.logout();
        assertThatThrownBy(() -> accounts.search(AccountQuery.all(), 0, 10))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    static AccountQuery query(String text, String ouId, String status, String team, String tag) {
        return new AccountQuery(text, ouId, status, team, tag);
    }
}
