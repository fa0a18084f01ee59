package dev.skyway.portal.cost.internal.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generates the sandbox organization's files once and reads them back with a real CSV parser. */
class FocusGeneratorTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final long SEED = 42;

    @TempDir
    static Path directory;

    static FocusGenerator generator;
    static List<Path> files;
    static List<String> header;
    static List<LineItem> items = new ArrayList<>();

    @BeforeAll
    static void generate() {
        generator = new FocusGenerator(SandboxOrganizationFixture.accounts(), TODAY, SEED);
        files = generator.writeMonths(directory.resolve("first"));
        for (Path file : files) {
            String name = file.getFileName().toString();
            header = FocusFiles.read(file, record -> items.add(LineItem.of(name, record)));
        }
    }

    @Test
    void sameAccountsDayAndSeedWriteByteIdenticalFiles() throws IOException {
        List<Path> again = new FocusGenerator(SandboxOrganizationFixture.accounts(), TODAY, SEED)
                .writeMonths(directory.resolve("second"));

        assertThat(again).hasSameSizeAs(files);
        for (int i = 0; i < files.size(); i++) {
            assertThat(Files.mismatch(files.get(i), again.get(i))).as(again.get(i).toString()).isEqualTo(-1L);
        }
    }

    @Test
    void writesThirteenFullMonthsAndTheCurrentMonthUpToYesterday() {
        assertThat(files).extracting(file -> file.getFileName().toString()).containsExactly(
                "focus-2025-11.csv.gz", "focus-2025-12.csv.gz", "focus-2026-01.csv.gz", "focus-2026-02.csv.gz",
                "focus-2026-03.csv.gz", "focus-2026-04.csv.gz", "focus-2026-05.csv.gz", "focus-2026-06.csv.gz",
                "focus-2026-07.csv.gz", "focus-2026-08.csv.gz", "focus-2026-09.csv.gz", "focus-2026-10.csv.gz",
                "focus-2026-11.csv.gz", "focus-2026-12.csv.gz");
        Map<String, List<LineItem>> byFile = items.stream().collect(Collectors.groupingBy(LineItem::file));
        byFile.forEach((file, rows) -> {
            YearMonth month = YearMonth.parse(file.substring(6, 13));
            assertThat(rows).as(file).allSatisfy(row -> {
                assertThat(row.billingStart()).isEqualTo(month.atDay(1));
                assertThat(row.billingEnd()).isEqualTo(month.plusMonths(1).atDay(1));
                assertThat(row.chargeStart()).isBetween(month.atDay(1), month.atEndOfMonth());
            });
        });
        List<LineItem> current = byFile.get("focus-2026-12.csv.gz");
        assertThat(current).extracting(LineItem::chargeEnd).allSatisfy(end -> assertThat(end).isBeforeOrEqualTo(TODAY));
        assertThat(current.stream().map(LineItem::chargeStart).max(LocalDate::compareTo)).contains(TODAY.minusDays(1));
    }

    @Test
    void writesNoFileForTheCurrentMonthOnItsFirstDay(@TempDir Path elsewhere) {
        List<SandboxAccount> few = SandboxOrganizationFixture.accounts().subList(0, 3);

        List<Path> written = new FocusGenerator(few, LocalDate.of(2026, 12, 1), SEED).writeMonths(elsewhere);

        assertThat(written).hasSize(13).last().extracting(file -> file.getFileName().toString())
                .isEqualTo("focus-2026-11.csv.gz");
    }

    @Test
    void headerNamesTheFocusColumns() {
        assertThat(header).containsSubsequence("AvailabilityZone", "BilledCost", "BillingAccountId",
                "BillingAccountName", "BillingAccountType", "BillingCurrency", "BillingPeriodEnd", "BillingPeriodStart",
                "ChargeCategory", "ChargeClass", "ChargeDescription", "ChargeFrequency", "ChargePeriodEnd",
                "ChargePeriodStart", "CommitmentDiscountCategory", "CommitmentDiscountId", "CommitmentDiscountName",
                "CommitmentDiscountStatus", "CommitmentDiscountType", "ConsumedQuantity", "ConsumedUnit",
                "ContractedCost", "ContractedUnitPrice", "EffectiveCost", "InvoiceId", "InvoiceIssuerName",
                "ListCost", "ListUnitPrice", "PricingCategory", "PricingCurrency", "PricingQuantity", "PricingUnit",
                "ProviderName", "PublisherName", "RegionId", "RegionName", "ResourceId", "ResourceName",
                "ResourceType", "ServiceCategory", "ServiceName", "ServiceSubcategory", "SkuId", "SkuPriceId",
                "SubAccountId", "SubAccountName", "SubAccountType", "Tags", "x_Operation", "x_ServiceCode",
                "x_UsageType");
    }

    @Test
    void savingsPlanBillsItsCommitmentForEveryHourAndUsageAmortizesIt() {
        Map<String, List<LineItem>> byFile = items.stream().collect(Collectors.groupingBy(LineItem::file,
                TreeMap::new, Collectors.toList()));
        int monthsWithPlan = 0;
        for (Map.Entry<String, List<LineItem>> file : byFile.entrySet()) {
            List<LineItem> purchases = file.getValue().stream().filter(r -> r.category().equals("Purchase")).toList();
            if (purchases.isEmpty()) {
                continue;
            }
            monthsWithPlan++;
            LineItem purchase = purchases.getFirst();
            BigDecimal commitment = new BigDecimal("2.50")
                    .multiply(BigDecimal.valueOf(24 * ChronoUnit.DAYS.between(purchase.chargeStart(),
                            purchase.chargeEnd())));
            BigDecimal amortized = file.getValue().stream().filter(r -> !r.status().isEmpty())
                    .map(LineItem::effective).reduce(BigDecimal.ZERO, BigDecimal::add);

            assertThat(purchases).as(file.getKey()).hasSize(1);
            assertThat(purchase.billed()).as(file.getKey()).isEqualByComparingTo(commitment);
            assertThat(purchase.effective()).isZero();
            assertThat(amortized).as(file.getKey()).isEqualByComparingTo(commitment);
        }
        assertThat(monthsWithPlan).isEqualTo(11); // started 10 months before this one, still running
        assertThat(byFile.get("focus-2026-11.csv.gz")).filteredOn(r -> r.category().equals("Purchase"))
                .singleElement().satisfies(p -> assertThat(p.billed()).isEqualByComparingTo("1800"));
        List<LineItem> used = items.stream().filter(r -> r.status().equals("Used")).toList();
        assertThat(used).isNotEmpty().allSatisfy(r -> {
            assertThat(r.billed()).isZero();
            assertThat(r.effective()).isPositive().isLessThan(r.list());
        });
        assertThat(items).filteredOn(r -> r.status().equals("Unused")).isNotEmpty();
    }

    @Test
    void usageCostsFollowFocusAndCreditsAndTheRefundAreNegative() {
        assertThat(items).filteredOn(r -> r.category().equals("Usage") && !r.status().equals("Unused"))
                .allSatisfy(r -> {
                    assertThat(r.list()).isGreaterThanOrEqualTo(r.contracted());
                    assertThat(r.contracted()).isGreaterThanOrEqualTo(r.effective());
                    assertThat(r.effective()).isNotNegative();
                });
        assertThat(items).filteredOn(r -> r.category().equals("Usage") && r.status().isEmpty())
                .allSatisfy(r -> assertThat(r.billed()).isEqualByComparingTo(r.effective()));
        List<LineItem> credits = items.stream().filter(r -> r.category().equals("Credit")).toList();
        assertThat(credits).isNotEmpty().allSatisfy(r -> assertThat(r.billed()).isNegative());
        assertThat(credits).extracting(r -> YearMonth.from(r.chargeStart())).containsOnly(YearMonth.of(2026, 4),
                YearMonth.of(2026, 5), YearMonth.of(2026, 6));
        assertThat(items).filteredOn(r -> r.category().equals("Adjustment")).singleElement().satisfies(r -> {
            assertThat(r.chargeClass()).isEqualTo("Correction");
            assertThat(r.billed()).isNegative();
        });
        assertThat(items).filteredOn(r -> r.category().equals("Tax")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.billed()).isPositive());
        assertThat(items).filteredOn(r -> r.serviceName().equals("AWS Support (Business)")
                && r.category().equals("Usage")).hasSize(files.size());
    }

    @Test
    void aboutEightPercentOfResourceSpendCarriesNoTeamTag() {
        BigDecimal all = BigDecimal.ZERO;
        BigDecimal untagged = BigDecimal.ZERO;
        for (LineItem r : items) {
            if (r.category().equals("Usage") && !r.resourceId().isEmpty() && r.status().isEmpty()) {
                all = all.add(r.effective());
                untagged = r.teamTag() ? untagged : untagged.add(r.effective());
            }
        }
        double share = untagged.doubleValue() / all.doubleValue();

        assertThat(share).isBetween(0.05, 0.12);
        List<String> requestIds = items.stream().map(LineItem::requestId).filter(id -> !id.isEmpty()).distinct()
                .toList();
        assertThat(requestIds).hasSizeBetween(3, 20)
                .allMatch(id -> id.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
    }

    @Test
    void lastInjectedAnomalyIsWithinTheLastWeekAndFiveTimesItsTrailingMedian() {
        List<InjectedAnomaly> anomalies = generator.injectedAnomalies();
        assertThat(anomalies).hasSize(3);
        assertThat(anomalies.getLast().firstDay()).isAfterOrEqualTo(TODAY.minusDays(7));
        assertThat(anomalies.getLast().lastDay()).isBefore(TODAY);
        for (InjectedAnomaly anomaly : anomalies) {
            Map<LocalDate, BigDecimal> daily = new TreeMap<>();
            items.stream().filter(r -> r.category().equals("Usage") && r.subAccountId().equals(anomaly.subAccountId())
                            && r.serviceName().equals(anomaly.serviceName()))
                    .forEach(r -> daily.merge(r.chargeStart(), r.effective(), BigDecimal::add));
            List<BigDecimal> trailing = new ArrayList<>();
            for (int i = 1; i <= 28; i++) {
                trailing.add(daily.getOrDefault(anomaly.firstDay().minusDays(i), BigDecimal.ZERO));
            }
            trailing.sort(BigDecimal::compareTo);
            BigDecimal median = trailing.get(13).add(trailing.get(14)).divide(BigDecimal.TWO);
            for (LocalDate day = anomaly.firstDay(); !day.isAfter(anomaly.lastDay()); day = day.plusDays(1)) {
                BigDecimal cost = daily.get(day);
                assertThat(cost).as(anomaly + " on " + day).isGreaterThanOrEqualTo(new BigDecimal("300"))
                        .isGreaterThanOrEqualTo(median.multiply(BigDecimal.valueOf(5)));
                assertThat(cost).as(anomaly + " on " + day)
                        .isLessThanOrEqualTo(median.multiply(BigDecimal.valueOf(10)));
            }
            assertThat(items).as("the anomaly's resource is billed").anyMatch(r -> r.resourceId()
                    .equals(anomaly.resourceId()) && r.chargeStart().equals(anomaly.firstDay()));
        }
    }

    @Test
    void volumeSuitsAFirstStartOnALaptop() throws IOException {
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        assertThat(items).hasSizeBetween(200_000, 400_000);
        assertThat(items).extracting(LineItem::subAccountId).doesNotContainNull().hasSameElementsAs(
                SandboxOrganizationFixture.accounts().stream().map(SandboxAccount::id).toList());
        assertThat(bytes).isLessThan(40L << 20);
    }

    @Test
    void recommendationsPointAtGeneratedResources() {
        List<SandboxRecommendation> recommendations = generator.recommendations();

        assertThat(recommendations).extracting(SandboxRecommendation::kind).contains("RIGHTSIZE", "TERMINATE")
                .containsOnlyOnce("SAVINGS_PLAN");
        assertThat(recommendations).extracting(SandboxRecommendation::externalId).doesNotHaveDuplicates();
        assertThat(recommendations).allSatisfy(rec -> {
            assertThat(rec.estimatedMonthlySavings()).isPositive().isLessThanOrEqualTo(rec.monthlyCost());
            if (!rec.kind().equals("SAVINGS_PLAN")) {
                assertThat(items).as(rec.resourceId()).anyMatch(r -> r.resourceId().equals(rec.resourceId())
                        && r.subAccountId().equals(rec.subAccountId()) && r.serviceName().equals(rec.serviceName())
                        && r.chargeStart().equals(TODAY.minusDays(1)));
            }
        });
        assertThat(recommendations).filteredOn(rec -> rec.kind().equals("RIGHTSIZE"))
                .allSatisfy(rec -> assertThat(rec.summary()).matches("\\S+ → \\S+, CPU p99 \\d+%.*"));
    }
}
