package dev.skyway.portal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.skyway.portal.accounts.internal.requests.AccountRequestStore;
import dev.skyway.portal.accounts.internal.requests.VendingRunner;
import dev.skyway.portal.platform.changes.AccountChange;
import dev.skyway.portal.platform.changes.AccountChanges;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.AccountsTestApplication;
import dev.skyway.testsupport.ModuleEvents;
import dev.skyway.testsupport.MutableClock;
import dev.skyway.testsupport.TestUsers;

/**
 * What vending and closing changed on an account, as the platform's {@link AccountChanges} tells it (H2 and
 * PostgreSQL through the subclasses): a sandbox account vended (its baselines deployed, its budget recorded, then the
 * account ready) and later closed, each at the time it happened and linked to its request; a vending that failed on a
 * baseline after the account existed is a change of that account, with the baseline's reason.
 */
@SpringBootTest(classes = AccountsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class VendingChangesContract {

    static final String SANDBOX_OU = "ou-sk7y-sbx40006";

    @Autowired
    AccountChanges accountChanges;

    @Autowired
    AccountRequests requests;

    @Autowired
    AccountClosings closings;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRequestStore store;

    @Autowired
    VendingRunner runner;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void syncedSandbox() {
        clock.set(Instant.parse("2026-05-01T10:00:00Z"));
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        accounts.syncNow();
        TestUsers.loginAs("erin", Role.ENGINEER);
    }

    @AfterEach
    void logoutOnceListenersSettled() {
        TestUsers.logout();
        ModuleEvents.settle(jdbc);
    }

    @Test
    void anAccountVendedThenClosedListsEachStepNewestFirst() {
        Instant start = clock.instant();
        AccountRequest created = requests.submit(request(unique("changes-lab"), Map.of()));
        approved(created.id(), "avery", Role.APPROVER);
        runner.tick(); // creation started
        clock.advance(Duration.ofSeconds(5));
        runner.tick(); // the account exists and is placed
        String accountId = store.find(created.id()).orElseThrow().vending().accountId();
        runner.tick(); // first baseline started
        clock.advance(Duration.ofSeconds(3));
        runner.tick(); // first baseline deployed, second started
        Instant firstBaseline = clock.instant();
        clock.advance(Duration.ofSeconds(3));
        runner.tick(); // second deployed, budget recorded, the account ready
        Instant vended = clock.instant();
        assertThat(store.find(created.id()).orElseThrow().status()).isEqualTo(AccountRequestStatus.PROVISIONED);

        clock.advance(Duration.ofDays(3));
        AccountRequest close = closings.requestClose(accountId, "experiment over");
        approved(close.id(), "avery", Role.APPROVER, "sam", Role.SECURITY);
        runner.tick(); // closing started
        clock.advance(Duration.ofSeconds(5));
        runner.tick(); // suspended
        Instant closed = clock.instant();
        assertThat(store.find(close.id()).orElseThrow().status()).isEqualTo(AccountRequestStatus.CLOSED);

        List<AccountChange> all = vendingChanges(accountId, start, closed.plusSeconds(1));

        String vending = "account-requests/" + created.id();
        assertThat(all).extracting(AccountChange::kind, AccountChange::at, AccountChange::link).containsExactly(
                tuple(AccountChange.ACCOUNT_CLOSED, closed, "account-requests/" + close.id()),
                tuple(AccountChange.ACCOUNT_VENDED, vended, vending),
                tuple(AccountChange.BASELINE_DEPLOYED, vended, vending),
                tuple(AccountChange.BUDGET_CHANGED, vended, vending),
                tuple(AccountChange.BASELINE_DEPLOYED, firstBaseline, vending));
        String name = created.accountName();
        assertThat(all).extracting(AccountChange::title).containsExactly(
                "Account " + name + " closed: suspended and moved to the Suspended OU",
                "Account " + name + " vended in Sandbox",
                "Baseline network-baseline deployed (skyway-network-baseline)",
                "Monthly budget 250.00 USD recorded (skyway-" + accountId + "-monthly)",
                "Baseline security-baseline deployed (skyway-security-baseline)");
        assertThat(all).allSatisfy(c -> {
            assertThat(c.accountId()).isEqualTo(accountId);
            assertThat(c.actor()).isEqualTo("erin Name");
            assertThat(c.sourceModule()).isEqualTo("accounts");
        });

        assertThat(vendingChanges(accountId, vended.plusSeconds(1), closed.plusSeconds(1)))
                .extracting(AccountChange::kind).containsExactly(AccountChange.ACCOUNT_CLOSED);
        assertThat(vendingChanges(accountId, start, vended)).as("the window's end is exclusive")
                .extracting(AccountChange::kind).containsExactly(AccountChange.BASELINE_DEPLOYED);
    }

    /** Vending's own part of the feed: approvals adds its decisions on the closing request to it too. */
    private List<AccountChange> vendingChanges(String accountId, Instant from, Instant to) {
        return accountChanges.on(accountId, from, to, 50).stream()
                .filter(c -> c.sourceModule().equals("accounts")).toList();
    }

    @Test
    void aVendingThatFailedOnABaselineIsAChangeOfTheAccountItCreated() {
        AccountRequest created = requests.submit(request(unique("badbase"),
                Map.of("sandbox-fail-baseline", "skyway-security-baseline")));
        approved(created.id(), "avery", Role.APPROVER);
        runner.tick();
        clock.advance(Duration.ofSeconds(5));
        runner.tick();
        runner.tick();
        clock.advance(Duration.ofSeconds(3));
        runner.tick();
        AccountRequest failed = store.find(created.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(AccountRequestStatus.FAILED);

        assertThat(accountChanges.on(failed.vending().accountId(), failed.timing().createdAt(),
                clock.instant().plusSeconds(1), 50)).singleElement().satisfies(c -> {
                    assertThat(c.kind()).isEqualTo(AccountChange.ACCOUNT_VENDING_FAILED);
                    assertThat(c.at()).isEqualTo(clock.instant());
                    assertThat(c.title()).startsWith("Vending of account " + created.accountName()
                            + " failed: Baseline security-baseline failed: Stack instance");
                    assertThat(c.link()).isEqualTo("account-requests/" + created.id());
                });
    }

    /** Each approver in turn ({@code username, role, ...}); the request is queued after the last verdict. */
    private void approved(UUID id, Object... approvers) {
        for (int i = 0; i < approvers.length; i += 2) {
            TestUsers.loginAs((String) approvers[i], (Role) approvers[i + 1]);
            requests.approve(id, store.find(id).orElseThrow().approval().subjectHash(), "fine");
        }
        TestUsers.loginAs("erin", Role.ENGINEER);
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(10))
                .until(() -> store.find(id).orElseThrow().status() == AccountRequestStatus.QUEUED);
    }

    static NewAccountRequest request(String name, Map<String, String> tags) {
        return new NewAccountRequest(name, "aws+" + name + "@example.com", SANDBOX_OU, "Erin", "Engineer",
                "erin@example.com", "payments", "CC-2100", "dev", new BigDecimal("250.00"),
                List.of("security-baseline", "network-baseline"), tags, "Experiments with the new checkout");
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
    }
}
