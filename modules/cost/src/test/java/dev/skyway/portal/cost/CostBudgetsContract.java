package dev.skyway.portal.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import dev.skyway.portal.accounts.Accounts;
import dev.skyway.portal.accounts.TeamSpend;
import dev.skyway.portal.cost.internal.budgets.BudgetAlerts;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.CostTestApplication;
import dev.skyway.testsupport.MutableClock;
import dev.skyway.testsupport.TestUsers;

/**
 * Budgets on a real database (H2 and PostgreSQL through the subclasses), over rollups imported from the FOCUS
 * fixtures: each field's problem is named and nothing is stored; actual, percent and forecast come from the
 * rollups; alerts go out once per threshold and period, also when two checks race; the budgets of vended accounts
 * appear read-only; {@link TeamSpend} reads the rollups; engineers see their teams' budgets; a stale version is a
 * conflict.
 */
@SpringBootTest(classes = CostTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "portal.cost.budgets.scheduled-check=false")
abstract class CostBudgetsContract {

    static final String PAYMENTS_PROD = "382272806015";
    static final String CHECKOUT_PROD = "383317268332";
    static final Instant OCTOBER_3 = Instant.parse("2024-10-03T08:00:00Z");

    @Autowired
    CostBudgets budgets;

    @Autowired
    BudgetAlerts alerts;

    @Autowired
    TeamSpend teamSpend;

    @Autowired
    CostImports imports;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void octoberCostOfTheSyncedSandboxOrganization() {
        jdbc.update("delete from cost.budget_alert");
        jdbc.update("delete from cost.budget");
        jdbc.update("delete from accounts.account_budget");
        jdbc.update("delete from cost.daily_tag_cost");
        jdbc.update("delete from cost.daily_cost");
        jdbc.update("delete from cost.billing_period");
        jdbc.update("delete from cost.cost_import");
        clock.set(OCTOBER_3);
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        accounts.syncNow();
        TestUsers.loginAs("fay", Role.FINANCE);
        importAndWait(FocusImportContract.V12);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void aBudgetShowsTheActualPercentAndForecastOfItsScopeFromTheRollups() {
        Budget created = budgets.create(draft("payments-monthly", "TEAM", "payments", "100"));

        // payments' tagged EC2 in October: 40.01 + 41.0000000004
        assertThat(created.status().actual()).isEqualByComparingTo("81.01");
        assertThat(created.status().percentUsed()).isEqualByComparingTo("81.0");
        assertThat(created.status().periodKey()).isEqualTo("2024-10");
        assertThat(created.status().figuresFrom()).isEqualTo(BudgetStatus.FROM_ROLLUPS);
        // two days of about 40.5 forecast the rest of the month far beyond 100
        assertThat(created.status().forecast()).isGreaterThan(new BigDecimal("1000"));
        assertThat(created.status().crossed()).extracting(BudgetThreshold::key)
                .containsExactly("ACTUAL:50", "ACTUAL:80", "FORECAST:100");
        assertThat(created.source()).isEqualTo(Budget.Source.PORTAL);
        assertThat(created.createdBy()).isEqualTo("fay@example.com");
        assertThat(created.version()).isEqualTo(1);

        Budget quarter = budgets.create(new BudgetDraft("platform-quarter", "ACCOUNT", "371828182845", "QUARTERLY",
                new BigDecimal("500"), "USD", "EffectiveCost", List.of("ACTUAL:1")));
        assertThat(quarter.status().periodKey()).isEqualTo("2024-Q4");
        assertThat(quarter.status().actual()).isEqualByComparingTo("9.99");
        assertThat(quarter.status().crossed()).extracting(BudgetThreshold::key).containsExactly("ACTUAL:1");
        Budget euros = budgets.create(new BudgetDraft("data-euros", "TEAM", "data", "MONTHLY",
                new BigDecimal("100"), "EUR", null, null));
        assertThat(euros.status().actual()).isEqualByComparingTo("23.33");
        assertThat(euros.thresholds()).isEqualTo(BudgetThreshold.DEFAULTS);
        assertThat(budgets.list()).extracting(Budget::name)
                .containsExactly("data-euros", "payments-monthly", "platform-quarter");
    }

    @Test
    void badInputNamesEveryFieldsProblemAndStoresNothing() {
        BudgetDraft bad = new BudgetDraft(" ", "DEPARTMENT", "", "WEEKLY", new BigDecimal("-5"), "usd",
                "Cheapest", List.of("ACTUAL:0", "SOMETIMES:50"));

        assertThatThrownBy(() -> budgets.create(bad)).isInstanceOfSatisfying(InvalidCostQueryException.class,
                e -> assertThat(e.problems()).containsOnlyKeys("name", "scopeKind", "scopeValue", "period",
                        "amount", "currency", "metric", "thresholds"));
        assertThatThrownBy(() -> budgets.create(draft("skyway-123456789012-monthly", "TEAM", "payments", "1.005")))
                .isInstanceOfSatisfying(InvalidCostQueryException.class, e -> assertThat(e.problems())
                        .containsOnlyKeys("name", "amount"));
        assertThat(count("cost.budget")).isZero();

        budgets.create(draft("payments-monthly", "TEAM", "payments", "100"));
        assertThatThrownBy(() -> budgets.create(draft("Payments-Monthly", "TEAM", "checkout", "100")))
                .isInstanceOfSatisfying(InvalidCostQueryException.class, e -> assertThat(e.problems())
                        .containsEntry("name", "is taken by another budget"));
        assertThat(count("cost.budget")).isOne();
    }

    @Test
    void alertsGoOutOncePerThresholdAndPeriodAndAgainInTheNextPeriod() {
        importAndWait(FocusImportContract.V10);
        clock.set(Instant.parse("2024-09-20T08:00:00Z"));
        // the management account (team platform) cost 328.74 in September and 9.99 by October 3
        budgets.create(new BudgetDraft("platform-monthly", "TEAM", "platform", "MONTHLY", new BigDecimal("50"),
                "USD", "BilledCost", List.of("ACTUAL:10", "ACTUAL:100", "ACTUAL:1000")));

        List<BudgetAlerts.SentAlert> september = alerts.check();

        assertThat(september).extracting(a -> a.periodKey() + " " + a.threshold().key())
                .containsExactly("2024-09 ACTUAL:10", "2024-09 ACTUAL:100");
        assertThat(september.getFirst().notification().subject())
                .isEqualTo("Budget platform-monthly: 10% of USD 50.00 used (USD 328.74)");
        assertThat(september.getFirst().notification().recipients()).containsExactly("fay@example.com");
        assertThat(september.getFirst().notification().link()).isEqualTo("/cost/budgets");
        assertThat(alerts.check()).as("a second check in the same period").isEmpty();
        assertThat(alerts.check()).isEmpty();

        clock.set(OCTOBER_3);
        assertThat(alerts.check()).extracting(a -> a.periodKey() + " " + a.threshold().key())
                .containsExactly("2024-10 ACTUAL:10");
        assertThat(alerts.check()).isEmpty();
        assertThat(jdbc.queryForList("select period_key || ' ' || threshold from cost.budget_alert "
                + "order by period_key, threshold", String.class))
                .containsExactly("2024-09 ACTUAL:10", "2024-09 ACTUAL:100", "2024-10 ACTUAL:10");
    }

    @Test
    void twoChecksRacingSendEachAlertOnce() throws Exception {
        budgets.create(draft("payments-monthly", "TEAM", "payments", "100"));
        budgets.create(draft("payments-account", "ACCOUNT", PAYMENTS_PROD, "100"));

        List<BudgetAlerts.SentAlert> sent = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<List<BudgetAlerts.SentAlert>> check = alerts::check;
            List<Future<List<BudgetAlerts.SentAlert>>> replicas = pool.invokeAll(List.of(check, check));
            for (Future<List<BudgetAlerts.SentAlert>> replica : replicas) {
                sent.addAll(replica.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(sent).extracting(a -> a.budget() + " " + a.threshold().key()).containsExactlyInAnyOrder(
                "payments-monthly ACTUAL:50", "payments-monthly ACTUAL:80", "payments-monthly FORECAST:100",
                "payments-account ACTUAL:50", "payments-account ACTUAL:80", "payments-account FORECAST:100");
        assertThat(count("cost.budget_alert")).isEqualTo(6);
    }

    @Test
    void theBudgetOfAVendedAccountAppearsOnceAndIsReadOnly() {
        jdbc.update("insert into accounts.account_budget (account_id, request_id, budget_name, monthly_limit, "
                + "currency, created_at) values (?, ?, ?, 50.00, 'USD', ?)", PAYMENTS_PROD, UUID.randomUUID(),
                "skyway-" + PAYMENTS_PROD + "-monthly", java.sql.Timestamp.from(OCTOBER_3));

        List<Budget> listed = budgets.list();
        assertThat(budgets.list()).hasSize(1);

        Budget vended = listed.getFirst();
        assertThat(vended.name()).isEqualTo("skyway-382272806015-monthly");
        assertThat(vended.source()).isEqualTo(Budget.Source.VENDING);
        assertThat(vended.editable()).isFalse();
        assertThat(vended.scope()).isEqualTo(new BudgetScope(BudgetScope.Kind.ACCOUNT, PAYMENTS_PROD));
        assertThat(vended.amount().toString()).isEqualTo("50.00 USD");
        assertThat(vended.status().actual()).isEqualByComparingTo("81.01");
        assertThat(vended.status().percentUsed()).isEqualByComparingTo("162.0");
        assertThatThrownBy(() -> budgets.update(vended.id(), vended.version(),
                draft("mine-now", "ACCOUNT", PAYMENTS_PROD, "60"))).isInstanceOf(BudgetConflictException.class);
        assertThatThrownBy(() -> budgets.delete(vended.id())).isInstanceOf(BudgetConflictException.class);
        assertThat(alerts.check()).extracting(a -> a.threshold().key()).containsExactly("ACTUAL:80",
                "FORECAST:100");
        assertThat(count("cost.budget")).isOne();
    }

    @Test
    void teamSpendIsTheTeamsUsdBilledCostThisMonthFromTheRollups() {
        TestUsers.logout();

        assertThat(teamSpend.monthToDateUsd("payments")).hasValueSatisfying(v ->
                assertThat(v).isEqualByComparingTo("81.01"));
        assertThat(teamSpend.monthToDateUsd("platform")).hasValueSatisfying(v ->
                assertThat(v).isEqualByComparingTo("9.99"));
        assertThat(teamSpend.monthToDateUsd("data")).as("EUR only").isEmpty();
        assertThat(teamSpend.monthToDateUsd("nobody")).isEmpty();
        clock.set(Instant.parse("2024-11-02T00:00:00Z"));
        assertThat(teamSpend.monthToDateUsd("payments")).as("nothing in November yet").isEmpty();
    }

    @Test
    void anEngineerSeesTheBudgetsOfTheirTeamsOnlyAndChangesNone() {
        Budget team = budgets.create(draft("payments-team", "TEAM", "payments", "100"));
        Budget checkout = budgets.create(draft("checkout-team", "TEAM", "checkout", "100"));
        budgets.create(draft("payments-account", "ACCOUNT", PAYMENTS_PROD, "100"));
        budgets.create(draft("checkout-account", "ACCOUNT", CHECKOUT_PROD, "100"));
        budgets.create(draft("payments-cost-center", "COST_CENTER", "CC-2100", "100"));
        budgets.create(draft("checkout-cost-center", "COST_CENTER", "CC-2200", "100"));

        TestUsers.loginAs("erin", Role.ENGINEER);

        assertThat(budgets.list()).extracting(Budget::name)
                .containsExactly("payments-account", "payments-cost-center", "payments-team");
        assertThat(budgets.scope()).isEqualTo("team payments");
        assertThat(budgets.find(team.id())).isPresent();
        assertThat(budgets.find(checkout.id())).isEmpty();
        assertThat(budgets.mayEdit()).isFalse();
        assertThatThrownBy(() -> budgets.create(draft("mine", "TEAM", "payments", "1")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> budgets.delete(team.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anUpdateAtAStaleVersionIsAConflictAndChangesNothing() {
        Budget created = budgets.create(draft("payments-monthly", "TEAM", "payments", "100"));

        Budget changed = budgets.update(created.id(), 1, draft("payments-monthly", "TEAM", "payments", "200"));
        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.status().percentUsed()).isEqualByComparingTo("40.5");

        assertThatThrownBy(() -> budgets.update(created.id(), 1, draft("payments-monthly", "TEAM", "payments",
                "300"))).isInstanceOf(BudgetConflictException.class).hasMessageContaining("changed by someone else");
        assertThat(budgets.find(created.id()).orElseThrow().amount().amount()).isEqualByComparingTo("200");
        assertThatThrownBy(() -> budgets.update(UUID.randomUUID(), 1, draft("x", "TEAM", "payments", "1")))
                .isInstanceOf(java.util.NoSuchElementException.class);
        assertThat(budgets.delete(created.id())).isTrue();
        assertThat(budgets.delete(created.id())).isFalse();
    }

    static BudgetDraft draft(String name, String kind, String value, String amount) {
        return new BudgetDraft(name, kind, value, "MONTHLY", new BigDecimal(amount), "USD", "BilledCost", null);
    }

    int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    void importAndWait(String fixture) {
        UUID id = imports.upload(new ByteArrayInputStream(FocusFixtures.bytes(fixture)), "CSV", fixture)
                .costImport().id();
        for (int i = 0; i < 600; i++) {
            CostImport now = imports.find(id).orElseThrow();
            if (!CostImport.RUNNING.equals(now.status())) {
                assertThat(now.status()).isEqualTo(CostImport.COMPLETED);
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("import " + id + " did not finish in 30 s");
    }
}
