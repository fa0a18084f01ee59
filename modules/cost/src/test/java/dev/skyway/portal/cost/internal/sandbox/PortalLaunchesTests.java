package dev.skyway.portal.cost.internal.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The products the portal provisioned, billed by the generator: each in its account from its launch to its
 * termination, at its estimate times a factor between 0.7 and 1.5 that is mostly its team's, tagged with its request's
 * id and no made-up ones; launches outside the organization or the window cost nothing. A few accounts keep it quick.
 */
class PortalLaunchesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final long SEED = 42;
    static final List<SandboxAccount> ACCOUNTS = List.of(SandboxOrganizationFixture.accounts().get(0),
            SandboxOrganizationFixture.accounts().get(10), SandboxOrganizationFixture.accounts().get(11),
            SandboxOrganizationFixture.accounts().get(21));
    static final String PAYMENTS_PROD = ACCOUNTS.get(1).id();
    static final String CHECKOUT_PROD = ACCOUNTS.get(2).id();
    static final String PAYMENTS_DEV = ACCOUNTS.get(3).id();

    static final PortalLaunch ORDERS_DB = launch("0f0e0d0c-0000-3000-8000-000000000001", PAYMENTS_PROD, "payments",
            "RDS PostgreSQL", "orders", "209.18", "2026-08-21", null);
    static final PortalLaunch LEDGER = launch("0f0e0d0c-0000-3000-8000-000000000002", PAYMENTS_PROD, "payments",
            "S3 bucket", "ledger-exports", "2.00", "2026-09-06", null);
    static final PortalLaunch API = launch("0f0e0d0c-0000-3000-8000-000000000003", PAYMENTS_PROD, "payments",
            "ECS Fargate service", "payments-api", "126.12", "2026-09-19", null);
    static final PortalLaunch CART_FN = launch("0f0e0d0c-0000-3000-8000-000000000004", CHECKOUT_PROD, "checkout",
            "Lambda function", "cart-events", "10.74", "2026-08-30", null);
    static final PortalLaunch CART_CLUSTER = launch("0f0e0d0c-0000-3000-8000-000000000005", CHECKOUT_PROD,
            "checkout", "EKS cluster", "checkout-eks", "263.71", "2026-09-01", null);
    static final PortalLaunch TRIAL = launch("0f0e0d0c-0000-3000-8000-000000000006", PAYMENTS_DEV, "payments",
            "VPC", "vpc-0f0e0d0c", "35.85", "2026-08-07", "2026-10-19");
    static final PortalLaunch ELSEWHERE = launch("0f0e0d0c-0000-3000-8000-000000000007", "123456789012", "payments",
            "S3 bucket", "outside", "5.00", "2026-09-01", null);
    static final PortalLaunch ANCIENT = launch("0f0e0d0c-0000-3000-8000-000000000008", PAYMENTS_DEV, "payments",
            "Lambda function", "ancient", "4.00", "2024-01-10", null);
    static final PortalLaunch TODAYS = launch("0f0e0d0c-0000-3000-8000-000000000009", PAYMENTS_DEV, "payments",
            "Lambda function", "brand-new", "4.00", "2026-12-03", null);
    static final List<PortalLaunch> LAUNCHES = List.of(ORDERS_DB, LEDGER, API, CART_FN, CART_CLUSTER, TRIAL,
            ELSEWHERE, ANCIENT, TODAYS);

    @TempDir
    static Path directory;

    static List<Path> files;
    static List<LineItem> items = new ArrayList<>();

    @BeforeAll
    static void generate() {
        files = new FocusGenerator(ACCOUNTS, TODAY, SEED, LAUNCHES).writeMonths(directory.resolve("first"));
        for (Path file : files) {
            String name = file.getFileName().toString();
            FocusFiles.read(file, record -> items.add(LineItem.of(name, record)));
        }
    }

    @Test
    void onlyThePortalsRequestsTagTheirCostAndOnlyWhereTheyRan() {
        assertThat(items.stream().map(LineItem::requestId).filter(id -> !id.isEmpty()).distinct())
                .containsExactlyInAnyOrder(ORDERS_DB.requestId(), LEDGER.requestId(), API.requestId(),
                        CART_FN.requestId(), CART_CLUSTER.requestId(), TRIAL.requestId(), ANCIENT.requestId());
        for (PortalLaunch launch : List.of(ORDERS_DB, LEDGER, API, CART_FN, CART_CLUSTER, TRIAL)) {
            List<LineItem> billed = billed(launch);
            assertThat(billed).as(launch.name()).allSatisfy(r -> {
                assertThat(r.subAccountId()).isEqualTo(launch.accountId());
                assertThat(r.category()).isEqualTo("Usage");
                assertThat(r.teamTag()).isTrue();
            });
            assertThat(billed.stream().map(LineItem::chargeStart).min(LocalDate::compareTo)).contains(launch.from());
            assertThat(billed.stream().map(LineItem::chargeStart).max(LocalDate::compareTo))
                    .contains(launch.until() == null ? TODAY.minusDays(1) : launch.until());
        }
        assertThat(billed(ANCIENT).stream().map(LineItem::chargeStart).min(LocalDate::compareTo))
                .as("an older product is billed from the window's start").contains(LocalDate.of(2025, 11, 1));
        assertThat(items).extracting(LineItem::serviceName).contains("Amazon Relational Database Service",
                "Amazon Simple Storage Service", "Amazon Elastic Container Service", "AWS Lambda",
                "Amazon Elastic Kubernetes Service");
    }

    @Test
    void aMonthCostsTheEstimateTimesTheTeamsFactor() {
        YearMonth november = YearMonth.of(2026, 11);
        Map<PortalLaunch, Double> ratios = List.of(ORDERS_DB, LEDGER, API, CART_FN, CART_CLUSTER).stream()
                .collect(Collectors.toMap(l -> l, l -> monthOf(l, november).doubleValue()
                        / l.monthlyEstimate().doubleValue()));
        PortalResources portal = new PortalResources(new Seeded(SEED));
        ratios.forEach((launch, ratio) -> {
            assertThat(ratio).as(launch.name()).isBetween(0.68, 1.52)
                    .isCloseTo(portal.factor(launch) * 30 * 24 / 730, org.assertj.core.data.Percentage
                            .withPercentage(launch == CART_FN || launch == LEDGER ? 6 : 1));
        });
        assertThat(portal.factor(ORDERS_DB) / portal.factor(API)).as("the same team").isBetween(0.8, 1.25);
        assertThat(Math.abs(portal.factor(ORDERS_DB) - portal.factor(CART_CLUSTER))).as("another team")
                .isGreaterThan(0.0);
    }

    @Test
    void theSameLaunchesWriteTheSameFiles() throws IOException {
        List<Path> again = new FocusGenerator(ACCOUNTS, TODAY, SEED, LAUNCHES).writeMonths(directory.resolve("again"));

        for (int i = 0; i < files.size(); i++) {
            assertThat(Files.mismatch(files.get(i), again.get(i))).as(again.get(i).toString()).isEqualTo(-1L);
        }
    }

    private static List<LineItem> billed(PortalLaunch launch) {
        return items.stream().filter(r -> r.requestId().equals(launch.requestId())).toList();
    }

    private static BigDecimal monthOf(PortalLaunch launch, YearMonth month) {
        return billed(launch).stream().filter(r -> YearMonth.from(r.chargeStart()).equals(month))
                .map(LineItem::effective).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static PortalLaunch launch(String id, String account, String team, String product, String name,
                                       String estimate, String from, String until) {
        return new PortalLaunch(id, account, team, product, name, new BigDecimal(estimate), LocalDate.parse(from),
                until == null ? null : LocalDate.parse(until));
    }
}
