package dev.skyway.portal.cost.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.skyway.portal.accounts.AccountOwnership;
import dev.skyway.portal.accounts.Accounts;
import dev.skyway.portal.cost.Breakdown;
import dev.skyway.portal.cost.CostAnomaly;
import dev.skyway.portal.cost.CostForecast;
import dev.skyway.portal.cost.CostImport;
import dev.skyway.portal.cost.CostImports;
import dev.skyway.portal.cost.CostInsights;
import dev.skyway.portal.cost.CostMetric;
import dev.skyway.portal.cost.CostOverview;
import dev.skyway.portal.cost.CostQuery;
import dev.skyway.portal.cost.CostReports;
import dev.skyway.portal.cost.internal.sandbox.FocusGenerator;
import dev.skyway.portal.cost.internal.sandbox.InjectedAnomaly;
import dev.skyway.portal.cost.internal.sandbox.SandboxAccount;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.CostTestApplication;
import dev.skyway.testsupport.Databases;
import dev.skyway.testsupport.MutableClock;
import dev.skyway.testsupport.TestUsers;

/**
 * The sandbox's first start, end to end: the generated 13 months plus this month go through the real import path,
 * and every figure a finance user opens is there and plausible: the overview with last month and a month-end
 * forecast, fourteen billing periods, untagged spend, a forecast with its backtest error, and the anomaly injected in
 * the last week found and explained.
 */
@SpringBootTest(classes = CostTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SandboxCostSeedTests {

    static final Instant NOW = Instant.parse("2026-12-03T07:00:00Z");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.h2(registry);
    }

    @Autowired
    SandboxCostSeed seed;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountOwnership ownership;

    @Autowired
    CostImports imports;

    @Autowired
    CostReports reports;

    @Autowired
    CostInsights insights;

    @Autowired
    MutableClock clock;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void theSeededSandboxHasEveryDashboardsData() throws Exception {
        clock.set(NOW);
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        accounts.syncNow();

        assertThat(seed.seed(ownership.accounts())).isEqualTo(14);

        TestUsers.loginAs("fay", Role.FINANCE);
        assertThat(imports.recent(50)).singleElement().satisfies(i -> {
            assertThat(i.status()).isEqualTo(CostImport.COMPLETED);
            assertThat(i.source()).isEqualTo("SANDBOX");
            assertThat(i.focusVersion()).isEqualTo("1.2");
            assertThat(i.billingPeriods()).hasSize(14);
            assertThat(i.rows()).isGreaterThan(200_000);
        });
        CostOverview overview = insights.overview(CostMetric.EffectiveCost);
        assertThat(overview.currency()).isEqualTo("USD");
        assertThat(overview.lastMonth()).isGreaterThan(new BigDecimal("50000"));
        assertThat(overview.monthToDate()).isPositive();
        assertThat(overview.monthEndForecast()).isGreaterThan(overview.monthToDate());
        assertThat(overview.periods()).hasSize(14);
        assertThat(overview.periods().getFirst().status()).isEqualTo("OPEN");
        assertThat(overview.periods().getLast().status()).isEqualTo("FINAL");

        LocalDate monthStart = LocalDate.parse("2026-11-01");
        Breakdown untagged = reports.breakdown(new CostQuery(monthStart, LocalDate.parse("2026-12-01"),
                CostMetric.EffectiveCost, "team", Map.of(CostQuery.UNTAGGED, "true"), null));
        assertThat(untagged.total()).isPositive();
        Breakdown byTeam = reports.breakdown(new CostQuery(monthStart, LocalDate.parse("2026-12-01"),
                CostMetric.EffectiveCost, "team", Map.of(), null));
        assertThat(byTeam.groups()).extracting(Breakdown.Group::key).contains("payments", "checkout", "platform");

        CostForecast forecast = insights.forecast(CostMetric.EffectiveCost, 30);
        assertThat(forecast.points()).hasSize(30);
        assertThat(forecast.mape()).isNotNull().isLessThan(25.0);
        assertThat(forecast.points()).allSatisfy(p -> assertThat(p.lower()).isLessThanOrEqualTo(p.upper()));

        InjectedAnomaly last = new FocusGenerator(ownership.accounts().stream().map(a -> new SandboxAccount(a.id(),
                a.name(), a.ownerTeam(), a.costCenter(), a.tags().get("environment"))).toList(),
                LocalDate.parse("2026-12-03"), SandboxCostSeed.SEED).injectedAnomalies().getLast();
        List<CostAnomaly> found = insights.anomalies(LocalDate.parse("2026-11-20"), LocalDate.parse("2026-12-03"));
        assertThat(found).anySatisfy(a -> {
            assertThat(a.accountId()).isEqualTo(last.subAccountId());
            assertThat(a.serviceName()).isEqualTo(last.serviceName());
            assertThat(a.date()).isBetween(last.firstDay(), last.lastDay());
            assertThat(a.impact()).isGreaterThan(new BigDecimal("100"));
            assertThat(a.contributors()).isNotEmpty().hasSizeLessThanOrEqualTo(5);
            // the kept line items name the instance that ran, beside the rollups' region and pricing
            assertThat(a.contributors()).anySatisfy(c -> {
                assertThat(c.dimension()).isEqualTo("ResourceId");
                assertThat(c.key()).isEqualTo(last.resourceId());
                assertThat(c.delta()).isGreaterThan(new BigDecimal("100"));
            });
        });

        // and the anomaly's account and service drill down to that instance
        Breakdown resources = reports.breakdown(new CostQuery(last.firstDay(), last.lastDay().plusDays(1),
                CostMetric.EffectiveCost, "ResourceId", Map.of("SubAccountId", last.subAccountId(), "ServiceName",
                last.serviceName()), null));
        assertThat(resources.groups().getFirst().key()).isEqualTo(last.resourceId());
    }
}
