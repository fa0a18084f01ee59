package dev.skyway.portal.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.platform.money.Money;
import dev.skyway.portal.provisioning.ActualCost;
import dev.skyway.portal.provisioning.EstimateAccuracy;
import dev.skyway.portal.provisioning.EstimatedResource;
import dev.skyway.portal.provisioning.ResourceCosts;
import dev.skyway.testsupport.CostTestApplication;
import dev.skyway.testsupport.MutableClock;
import dev.skyway.testsupport.TestUsers;

/**
 * Provisioning's {@link ResourceCosts} on a real database (H2 and PostgreSQL through the subclasses), over a FOCUS
 * file whose line items carry the portal's request tag ({@code skyway:request}, also as AWS's {@code user:} spelling)
 * as provisioning and account vending write it: the last full month of a resource that ran all of it, the last 30 days
 * of one launched during it, a young one projected to 30 days; a resource without cost data is left out (never 0);
 * the old {@code skyway:request-id} key is not read; a terminated one is read up to its last day of cost; a team's
 * accuracy counts the resources with a month of cost.
 */
@SpringBootTest(classes = CostTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class ResourceCostsContract {

    static final String HEADER = "BillingAccountId,BillingAccountName,BillingAccountType,SubAccountId,SubAccountName,"
            + "SubAccountType,ChargePeriodStart,ChargePeriodEnd,BillingPeriodStart,BillingPeriodEnd,ProviderName,"
            + "ServiceProviderName,InvoiceIssuerName,InvoiceId,ServiceName,ServiceCategory,ServiceSubcategory,"
            + "RegionId,ChargeCategory,ChargeClass,ChargeDescription,PricingCategory,CommitmentDiscountType,"
            + "ResourceId,SkuId,SkuMeter,BillingCurrency,PricingCurrency,BilledCost,EffectiveCost,ListCost,"
            + "ContractedCost,Tags,x_VendorNote\n";
    static final LocalDate LATEST = LocalDate.parse("2024-11-02");

    static final UUID RAN_ALL_OCTOBER = UUID.fromString("0b5e1c43-6a43-4c55-8f3a-3c1a0e000001");
    static final UUID LAUNCHED_OCTOBER_2 = UUID.fromString("0b5e1c43-6a43-4c55-8f3a-3c1a0e000002");
    static final UUID LAUNCHED_OCTOBER_10 = UUID.fromString("0b5e1c43-6a43-4c55-8f3a-3c1a0e000003");
    static final UUID OLD_TAG_KEY = UUID.fromString("0b5e1c43-6a43-4c55-8f3a-3c1a0e000004");
    static final UUID NO_COST_DATA = UUID.fromString("0b5e1c43-6a43-4c55-8f3a-3c1a0e000005");
    static final UUID TERMINATED_OCTOBER_20 = UUID.fromString("0b5e1c43-6a43-4c55-8f3a-3c1a0e000006");

    @Autowired
    ResourceCosts costs;

    @Autowired
    CostImports imports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void taggedCostOfThreeProvisionedProducts() {
        jdbc.update("delete from cost.daily_tag_cost");
        jdbc.update("delete from cost.daily_cost");
        jdbc.update("delete from cost.billing_period");
        jdbc.update("delete from cost.cost_import");
        clock.set(Instant.parse("2024-11-03T08:00:00Z"));
        TestUsers.loginAs("fay", Role.FINANCE);
        StringBuilder csv = new StringBuilder(HEADER);
        days(csv, "2024-09-10", "4.00", "skyway:request", RAN_ALL_OCTOBER);
        days(csv, "2024-10-02", "2.00", "user:skyway:request", LAUNCHED_OCTOBER_2);
        csv.append(row("2024-10-10", "1.00", "skyway:request", LAUNCHED_OCTOBER_10)); // launched in the evening
        days(csv, "2024-10-11", "3.00", "skyway:request", LAUNCHED_OCTOBER_10);
        days(csv, "2024-10-01", "9.00", "skyway:request-id", OLD_TAG_KEY);
        for (LocalDate day = LocalDate.parse("2024-08-10"); !day.isAfter(LocalDate.parse("2024-10-20"));
             day = day.plusDays(1)) {
            csv.append(row(day.toString(), "5.00", "skyway:request", TERMINATED_OCTOBER_20));
        }
        csv.append(row("2024-10-05", "100.00", "team", null)); // untagged spend is nobody's resource
        importAndWait(csv.toString());
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void eachResourceIsReadOverTheLastFullMonthTheLast30DaysOrProjectedAndUnknownOnesAreLeftOut() {
        Map<UUID, ActualCost> actuals = costs.actualMonthlyCosts(List.of(RAN_ALL_OCTOBER, LAUNCHED_OCTOBER_2,
                LAUNCHED_OCTOBER_10, OLD_TAG_KEY, NO_COST_DATA));

        assertThat(actuals).containsOnlyKeys(RAN_ALL_OCTOBER, LAUNCHED_OCTOBER_2, LAUNCHED_OCTOBER_10);
        ActualCost october = actuals.get(RAN_ALL_OCTOBER);
        assertThat(october.basis()).isEqualTo(ActualCost.Basis.LAST_FULL_MONTH);
        assertThat(october.from()).isEqualTo("2024-10-01");
        assertThat(october.to()).isEqualTo("2024-10-31");
        assertThat(october.monthly()).isEqualTo(Money.of("124.00", "USD")); // 31 days of 4.00
        assertThat(october.status()).as("AWS may restate October until mid-November")
                .isEqualTo(ActualCost.Status.OPEN);
        assertThat(october.metric()).isEqualTo("EffectiveCost");

        ActualCost thirtyDays = actuals.get(LAUNCHED_OCTOBER_2);
        assertThat(thirtyDays.basis()).isEqualTo(ActualCost.Basis.LAST_30_DAYS);
        assertThat(thirtyDays.from()).isEqualTo("2024-10-04");
        assertThat(thirtyDays.to()).isEqualTo(LATEST);
        assertThat(thirtyDays.monthly()).isEqualTo(Money.of("60.00", "USD"));

        ActualCost projected = actuals.get(LAUNCHED_OCTOBER_10);
        assertThat(projected.basis()).isEqualTo(ActualCost.Basis.PROJECTED);
        assertThat(projected.days()).isEqualTo(23); // October 11 to November 2; the launch day is partial
        assertThat(projected.monthly()).isEqualTo(Money.of("90.00", "USD"));
        assertThat(projected.fullMonth()).isFalse();

        clock.set(Instant.parse("2024-12-01T08:00:00Z"));
        assertThat(costs.actualMonthlyCosts(List.of(RAN_ALL_OCTOBER)).get(RAN_ALL_OCTOBER).status())
                .isEqualTo(ActualCost.Status.FINAL);
    }

    @Test
    void aTerminatedResourceKeepsTheFigureItHadWhileItRan() {
        ActualCost gone = costs.actualMonthlyCosts(List.of(TERMINATED_OCTOBER_20)).get(TERMINATED_OCTOBER_20);

        // its last full month is September (it stopped on October 20), not the data's October without it
        assertThat(gone.basis()).isEqualTo(ActualCost.Basis.LAST_FULL_MONTH);
        assertThat(gone.from()).isEqualTo("2024-09-01");
        assertThat(gone.to()).isEqualTo("2024-09-30");
        assertThat(gone.monthly()).isEqualTo(Money.of("150.00", "USD"));
        assertThat(gone.fullMonth()).isTrue();
    }

    @Test
    void aTeamsAccuracyCountsTheResourcesWithAMonthOfCost() {
        EstimateAccuracy accuracy = costs.accuracy(List.of(
                new EstimatedResource(RAN_ALL_OCTOBER, "orders-db", Money.of("100.00", "USD")),
                new EstimatedResource(LAUNCHED_OCTOBER_2, "orders-cache", Money.of("50.00", "USD")),
                new EstimatedResource(LAUNCHED_OCTOBER_10, "too-young", Money.of("80.00", "USD")),
                new EstimatedResource(NO_COST_DATA, "no-data", Money.of("10.00", "USD"))));

        assertThat(accuracy.resources()).isEqualTo(2);
        assertThat(accuracy.estimated()).isEqualTo(Money.of("150.00", "USD"));
        assertThat(accuracy.actual()).isEqualTo(Money.of("184.00", "USD"));
        assertThat(accuracy.ratio()).isEqualByComparingTo("1.2267");
        assertThat(accuracy.worstMisses()).extracting(EstimateAccuracy.Miss::name)
                .containsExactly("orders-db", "orders-cache");
    }

    @Test
    void withoutAnyCostDataNothingIsKnown() {
        jdbc.update("delete from cost.daily_tag_cost");
        jdbc.update("delete from cost.daily_cost");

        assertThat(costs.actualMonthlyCosts(List.of(RAN_ALL_OCTOBER))).isEmpty();
        assertThat(costs.accuracy(List.of(new EstimatedResource(RAN_ALL_OCTOBER, "orders-db",
                Money.of("100.00", "USD"))))).isEqualTo(EstimateAccuracy.NO_HISTORY);
    }

    /** One row a day from {@code from} to {@link #LATEST}. */
    private static void days(StringBuilder csv, String from, String cost, String tagKey, UUID request) {
        for (LocalDate day = LocalDate.parse(from); !day.isAfter(LATEST); day = day.plusDays(1)) {
            csv.append(row(day.toString(), cost, tagKey, request));
        }
    }

    private static String row(String day, String cost, String tagKey, UUID request) {
        LocalDate d = LocalDate.parse(day);
        String tags = "\"{\"\"team\"\":\"\"payments\"\"" + (request == null ? "" : ",\"\"" + tagKey + "\"\":\"\""
                + request + "\"\"") + "}\"";
        return String.join(",", "111122223333", "Skyway Org", "Billing Account", "382272806015", "payments-prod",
                "Account", d + "T00:00:00Z", d.plusDays(1) + "T00:00:00Z", d.withDayOfMonth(1) + "T00:00:00Z",
                d.withDayOfMonth(1).plusMonths(1) + "T00:00:00Z", "AWS", "AWS", "AWS", "",
                "Amazon Relational Database Service", "Databases", "", "us-east-1", "Usage", "", "", "Standard", "",
                request == null ? "" : "db-" + request, "", "", "USD", "USD", cost, cost, cost, cost, tags, "n/a")
                + "\n";
    }

    private void importAndWait(String csv) {
        UUID id = imports.upload(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "CSV",
                "tagged.csv").costImport().id();
        for (int i = 0; i < 600; i++) {
            CostImport now = imports.find(id).orElseThrow();
            if (!CostImport.RUNNING.equals(now.status())) {
                assertThat(now.status()).as("import error: %s", now.error()).isEqualTo(CostImport.COMPLETED);
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
