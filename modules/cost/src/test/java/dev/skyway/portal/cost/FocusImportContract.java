package dev.skyway.portal.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.skyway.portal.accounts.Accounts;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.CostTestApplication;
import dev.skyway.testsupport.MutableClock;
import dev.skyway.testsupport.TestUsers;

/**
 * FOCUS imports on a real database (H2 and PostgreSQL through the subclasses): a FOCUS 1.0 file as AWS writes it and
 * a FOCUS 1.2 file from another tool, as CSV, gzip CSV and Parquet, give breakdowns whose sums equal the file's to
 * the cent, per metric and per grouping; a repeat import changes nothing; a restated period replaces the old one;
 * currencies are never summed; a file that is not FOCUS is refused with nothing stored.
 */
@SpringBootTest(classes = CostTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class FocusImportContract {

    static final String V10 = "focus-1.0-aws.csv";
    static final String V12 = "focus-1.2-mixed.csv";
    static final LocalDate SEP = LocalDate.parse("2024-09-01");
    static final LocalDate OCT = LocalDate.parse("2024-10-01");
    static final LocalDate NOV = LocalDate.parse("2024-11-01");

    @Autowired
    CostImports imports;

    @Autowired
    CostReports reports;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void emptyCostDataAndASyncedInventory() {
        jdbc.update("delete from cost.daily_tag_cost");
        jdbc.update("delete from cost.daily_cost");
        jdbc.update("delete from cost.billing_period");
        jdbc.update("delete from cost.cost_import");
        clock.set(Instant.parse("2024-11-20T08:00:00Z"));
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        accounts.syncNow();
        TestUsers.loginAs("fay", Role.FINANCE);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void aFocus10FileSumsToTheCentPerMetricAndPerGrouping() {
        CostImport done = importAndWait(V10, "CSV");

        assertThat(done.status()).isEqualTo(CostImport.COMPLETED);
        assertThat(done.focusVersion()).isEqualTo("1.0");
        assertThat(done.rows()).isEqualTo(12);
        assertThat(done.billingPeriods()).containsExactly("2024-09");
        for (String metric : FocusFixtures.metrics()) {
            Breakdown byService = reports.breakdown(query(SEP, OCT, metric, "ServiceName"));
            assertThat(byService.currency()).isEqualTo("USD");
            assertThat(cents(byService.total())).isEqualTo(cents(FocusFixtures.sum(V10, metric, r -> true)));
            assertThat(groups(byService)).isEqualTo(cents(FocusFixtures.sumBy(V10, metric, "ServiceName", r -> true)));
            Breakdown byAccount = reports.breakdown(query(SEP, OCT, metric, "SubAccountId"));
            assertThat(groups(byAccount)).isEqualTo(cents(FocusFixtures.sumBy(V10, metric, "SubAccountId",
                    r -> true)));
            Breakdown byCategory = reports.breakdown(query(SEP, OCT, metric, "ChargeCategory"));
            assertThat(groups(byCategory)).isEqualTo(cents(FocusFixtures.sumBy(V10, metric, "ChargeCategory",
                    r -> true)));
        }
        Breakdown byAccount = reports.breakdown(query(SEP, OCT, "BilledCost", "SubAccountId"));
        assertThat(byAccount.groups()).anySatisfy(g -> assertThat(g.label()).isEqualTo("payments-prod"));
    }

    @Test
    void teamsComeFromTheTeamTagThenFromTheAccountsOwnerAndUntaggedSpendIsVisible() {
        importAndWait(V10, "CSV");

        Breakdown byTeam = reports.breakdown(query(SEP, OCT, "BilledCost", "team"));
        // every row of payments-prod is payments (tagged or by the account's owner-team), checkout-prod checkout,
        // the management account platform
        Map<String, BigDecimal> expected = new LinkedHashMap<>();
        FocusFixtures.records(V10).forEach(r -> expected.merge(teamOf(r.get("SubAccountId")),
                FocusFixtures.amount(r, "BilledCost"), BigDecimal::add));
        assertThat(groups(byTeam)).isEqualTo(cents(expected));

        Breakdown untagged = reports.breakdown(query(SEP, OCT, "BilledCost", "SubAccountId")
                .withFilter(CostQuery.UNTAGGED, "true"));
        BigDecimal untaggedInFile = FocusFixtures.sum(V10, "BilledCost", r -> !r.get("Tags").contains("team"));
        assertThat(cents(untagged.total())).isEqualTo(cents(untaggedInFile));
    }

    @Test
    void aFocus12FileNeverSumsCurrenciesAndTagsAreABreakdown() {
        CostImport done = importAndWait(V12, "CSV");

        assertThat(done.focusVersion()).isEqualTo("1.2");
        assertThat(done.billingPeriods()).containsExactly("2024-10");
        Breakdown usd = reports.breakdown(query(OCT, NOV, "BilledCost", "ProviderName"));
        assertThat(usd.currency()).isEqualTo("USD");
        assertThat(usd.otherCurrencies()).containsExactly("EUR");
        assertThat(cents(usd.total())).isEqualTo(cents(FocusFixtures.sum(V12, "BilledCost",
                r -> r.get("BillingCurrency").equals("USD"))));
        Breakdown eur = reports.breakdown(new CostQuery(OCT, NOV, CostMetric.EffectiveCost, "ProviderName", Map.of(),
                "EUR"));
        assertThat(groups(eur)).containsExactly(Map.entry("Microsoft", cents(FocusFixtures.sum(V12, "EffectiveCost",
                r -> r.get("BillingCurrency").equals("EUR")))));

        Breakdown byApp = reports.breakdown(query(OCT, NOV, "ListCost", "tag:app"));
        assertThat(groups(byApp)).containsEntry("orders", cents(FocusFixtures.sum(V12, "ListCost",
                r -> r.get("Tags").contains("orders"))));
        BigDecimal usdList = FocusFixtures.sum(V12, "ListCost", r -> r.get("BillingCurrency").equals("USD"));
        assertThat(groups(byApp)).containsEntry("", cents(usdList.subtract(FocusFixtures.sum(V12, "ListCost",
                r -> r.get("Tags").contains("orders")))));
    }

    @Test
    void gzipAndParquetGiveTheSameSumsAsCsv() throws Exception {
        importAndWait(V12, "CSV");
        Map<String, BigDecimal> fromCsv = groups(reports.breakdown(query(OCT, NOV, "EffectiveCost", "ServiceName")));

        clearCostData();
        CostImport gzip = upload(gzip(FocusFixtures.bytes(V12)), "CSV_GZIP", "focus.csv.gz");
        assertThat(waitFor(gzip.id()).status()).isEqualTo(CostImport.COMPLETED);
        assertThat(groups(reports.breakdown(query(OCT, NOV, "EffectiveCost", "ServiceName")))).isEqualTo(fromCsv);

        clearCostData();
        CostImport parquet = upload(parquet(FocusFixtures.bytes(V12)), "PARQUET", "focus.parquet");
        assertThat(waitFor(parquet.id()).status()).isEqualTo(CostImport.COMPLETED);
        assertThat(groups(reports.breakdown(query(OCT, NOV, "EffectiveCost", "ServiceName")))).isEqualTo(fromCsv);
        assertThat(groups(reports.breakdown(query(OCT, NOV, "EffectiveCost", "tag:app")))).containsKey("orders");
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        CostImport first = importAndWait(V10, "CSV");
        Map<String, BigDecimal> before = groups(reports.breakdown(query(SEP, OCT, "BilledCost", "ServiceName")));
        int rollupRows = jdbc.queryForObject("select count(*) from cost.daily_cost", Integer.class);

        CostImports.Accepted again = imports.upload(new ByteArrayInputStream(FocusFixtures.bytes(V10)), "CSV", V10);

        assertThat(again.duplicate()).isTrue();
        assertThat(again.costImport().id()).isEqualTo(first.id());
        assertThat(groups(reports.breakdown(query(SEP, OCT, "BilledCost", "ServiceName")))).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from cost.daily_cost", Integer.class)).isEqualTo(rollupRows);
        assertThat(jdbc.queryForObject("select count(*) from cost.cost_import", Integer.class)).isEqualTo(1);
    }

    @Test
    void aRestatedPeriodReplacesTheOldOneAndLeavesOtherProvidersAlone() {
        importAndWait(V12, "CSV");
        CostImport restated = importAndWait("focus-1.2-restated.csv", "CSV");

        assertThat(restated.status()).isEqualTo(CostImport.COMPLETED);
        Breakdown usd = reports.breakdown(query(OCT, NOV, "BilledCost", "ServiceName"));
        assertThat(cents(usd.total())).isEqualTo(cents(FocusFixtures.sum("focus-1.2-restated.csv", "BilledCost",
                r -> true)));
        assertThat(groups(usd)).isEqualTo(cents(FocusFixtures.sumBy("focus-1.2-restated.csv", "BilledCost",
                "ServiceName", r -> true)));
        Breakdown eur = reports.breakdown(new CostQuery(OCT, NOV, CostMetric.BilledCost, null, Map.of(), "EUR"));
        assertThat(cents(eur.total())).isEqualTo(cents(FocusFixtures.sum(V12, "BilledCost",
                r -> r.get("BillingCurrency").equals("EUR"))));
        assertThat(jdbc.queryForObject("select count(*) from cost.billing_period", Integer.class)).isEqualTo(2);
    }

    @Test
    void aFileThatIsNotFocusIsRefusedNamingTheMissingColumnsWithNothingStored() {
        assertThatThrownBy(() -> imports.upload(new ByteArrayInputStream(FocusFixtures.bytes("not-focus.csv")),
                "CSV", "cur.csv"))
                .isInstanceOfSatisfying(NotFocusException.class, e -> assertThat(e.missingColumns())
                        .containsExactly("BilledCost", "EffectiveCost", "ListCost", "ContractedCost",
                                "BillingCurrency", "ChargePeriodStart", "BillingPeriodStart", "BillingAccountId",
                                "ChargeCategory", "ServiceName"));
        assertThat(jdbc.queryForObject("select count(*) from cost.cost_import", Integer.class)).isZero();
    }

    @Test
    void aFileWithAnUnreadableCostFailsAndKeepsWhatWasThere() {
        importAndWait(V12, "CSV");
        BigDecimal before = reports.breakdown(query(OCT, NOV, "BilledCost", null)).total();
        String broken = new String(FocusFixtures.bytes("focus-1.2-restated.csv")).replace(",35.00,", ",thirty-five,");

        CostImport failed = importBytes(broken.getBytes(), "CSV");

        assertThat(failed.status()).isEqualTo(CostImport.FAILED);
        assertThat(failed.error()).contains("BilledCost 'thirty-five' is not a number");
        assertThat(reports.breakdown(query(OCT, NOV, "BilledCost", null)).total()).isEqualByComparingTo(before);
    }

    @Test
    void engineersSeeOnlyTheirTeamsSpendAndAreToldSo() {
        importAndWait(V10, "CSV");
        TestUsers.loginAs("erin", Role.ENGINEER);

        Breakdown mine = reports.breakdown(query(SEP, OCT, "BilledCost", "team"));

        assertThat(mine.scope()).isEqualTo("team payments");
        assertThat(mine.groups()).extracting(Breakdown.Group::key).containsExactly("payments");
    }

    @Test
    void drillDownToResourcesSkusAndUsageTypesSumsToTheFilesToTheCent() {
        importAndWait(V10, "CSV");

        for (String metric : FocusFixtures.metrics()) {
            Breakdown byResource = reports.breakdown(query(SEP, OCT, metric, "ResourceId"));
            assertThat(cents(byResource.total())).isEqualTo(cents(FocusFixtures.sum(V10, metric, r -> true)));
            assertThat(groups(byResource)).isEqualTo(cents(FocusFixtures.sumBy(V10, metric, "ResourceId",
                    r -> true)));
            assertThat(groups(reports.breakdown(query(SEP, OCT, metric, "SkuId")))).isEqualTo(cents(
                    FocusFixtures.sumBy(V10, metric, "SkuId", r -> true)));
            assertThat(groups(reports.breakdown(query(SEP, OCT, metric, "x_UsageType")))).isEqualTo(cents(
                    FocusFixtures.sumBy(V10, metric, "x_UsageType", r -> true)));
        }
        Breakdown ec2 = reports.breakdown(query(SEP, OCT, "BilledCost", "ResourceId")
                .withFilter("SubAccountId", "382272806015").withFilter("ServiceName", "Amazon Elastic Compute Cloud")
                .withFilter("ChargeCategory", "Usage"));
        assertThat(groups(ec2)).isEqualTo(cents(FocusFixtures.sumBy(V10, "BilledCost", "ResourceId",
                r -> r.get("SubAccountId").equals("382272806015") && r.get("ChargeCategory").equals("Usage")
                        && r.get("ServiceName").equals("Amazon Elastic Compute Cloud"))));
        assertThat(ec2.groups()).extracting(Breakdown.Group::key, Breakdown.Group::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("i-0a1b2c3d4e5f60001", "i-0a1b2c3d4e5f60001"));
        // "" stands for an absent value, as the "(none)" group of a rollup breakdown does
        Breakdown global = reports.breakdown(query(SEP, OCT, "BilledCost", "ResourceId")
                .withFilter("SubAccountId", "371828182845").withFilter("RegionId", ""));
        assertThat(global.groups()).extracting(Breakdown.Group::key, Breakdown.Group::label).containsExactly(
                org.assertj.core.groups.Tuple.tuple("arn:aws:savingsplans::371828182845:savingsplan/sp-1",
                        "arn:aws:savingsplans::371828182845:savingsplan/sp-1"),
                org.assertj.core.groups.Tuple.tuple("", "(none)"));
        assertThat(groups(global)).isEqualTo(cents(FocusFixtures.sumBy(V10, "BilledCost", "ResourceId",
                r -> r.get("SubAccountId").equals("371828182845") && r.get("RegionId").equals("NULL"))));
    }

    @Test
    void drillDownNeverSumsCurrenciesAndKeepsToTheRange() {
        importAndWait(V10, "CSV");
        importAndWait(V12, "CSV");

        Breakdown usd = reports.breakdown(query(OCT, NOV, "EffectiveCost", "ResourceId"));
        assertThat(usd.currency()).isEqualTo("USD");
        assertThat(usd.otherCurrencies()).containsExactly("EUR");
        assertThat(groups(usd)).isEqualTo(cents(FocusFixtures.sumBy(V12, "EffectiveCost", "ResourceId",
                r -> r.get("BillingCurrency").equals("USD"))));
        Breakdown eur = reports.breakdown(new CostQuery(OCT, NOV, CostMetric.ListCost, "SkuId", Map.of(), "EUR"));
        assertThat(cents(eur.total())).isEqualTo(cents(FocusFixtures.sum(V12, "ListCost",
                r -> r.get("BillingCurrency").equals("EUR"))));
        Breakdown firstDays = reports.breakdown(query(SEP, SEP.plusDays(2), "BilledCost", "ResourceId"));
        assertThat(cents(firstDays.total())).isEqualTo(cents(FocusFixtures.sum(V10, "BilledCost",
                r -> r.get("ChargePeriodStart").compareTo("2024-09-03") < 0)));
    }

    @Test
    void anEngineerDrillsDownIntoAnAccountOfTheirTeamOnly() {
        importAndWait(V10, "CSV");
        TestUsers.loginAs("erin", Role.ENGINEER);

        Breakdown mine = reports.breakdown(query(SEP, OCT, "BilledCost", "ResourceId")
                .withFilter("SubAccountId", "382272806015"));

        assertThat(mine.scope()).isEqualTo("account 382272806015 of team payments");
        assertThat(groups(mine)).isEqualTo(cents(FocusFixtures.sumBy(V10, "BilledCost", "ResourceId",
                r -> r.get("SubAccountId").equals("382272806015"))));
        assertThatThrownBy(() -> reports.breakdown(query(SEP, OCT, "BilledCost", "SkuId")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class)
                .hasMessageStartingWith("drill-down needs an account of your team");
        assertThatThrownBy(() -> reports.breakdown(query(SEP, OCT, "BilledCost", "ResourceId")
                .withFilter("SubAccountId", "383317268332")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class)
                .hasMessage("drill-down needs an account of your team: the spend of account 383317268332 in this "
                        + "range is not all allocated to payments");
    }

    @Test
    void drillDownRefusesAllocationFiltersDailySeriesAndRangesWithoutKeptLineItems() {
        importAndWait(V10, "CSV");

        assertThatThrownBy(() -> reports.breakdown(query(SEP, OCT, "BilledCost", "ResourceId")
                .withFilter("team", "payments").withFilter(CostQuery.UNTAGGED, "true")))
                .isInstanceOfSatisfying(InvalidCostQueryException.class, e -> assertThat(e.problems())
                        .containsOnlyKeys("team", CostQuery.UNTAGGED)
                        .containsEntry("team", "cannot be combined with groupBy=ResourceId (line items carry no "
                                + "allocation); filter by SubAccountId instead"));
        assertThatThrownBy(() -> reports.daily(query(SEP, OCT, "BilledCost", "x_UsageType")))
                .isInstanceOfSatisfying(InvalidCostQueryException.class, e -> assertThat(e.problems())
                        .containsOnlyKeys("groupBy"));
        assertThatThrownBy(() -> reports.breakdown(query(SEP, OCT, "BilledCost", "Resource")))
                .isInstanceOfSatisfying(InvalidCostQueryException.class, e -> assertThat(e.problems().get("groupBy"))
                        .contains("ResourceId, SkuId, x_UsageType"));

        // a period delivered as totals only (Cost Explorer, Athena) has no line items to drill into
        jdbc.update("update cost.billing_period set parquet_path = null");
        assertThatThrownBy(() -> reports.breakdown(query(SEP, OCT, "BilledCost", "ResourceId")))
                .isInstanceOfSatisfying(InvalidCostQueryException.class, e -> assertThat(e.problems().get("groupBy"))
                        .startsWith("needs the kept line items, and there are none for this range: 2024-09"));
        assertThat(reports.breakdown(query(OCT, NOV, "BilledCost", "ResourceId")).groups()).isEmpty();
    }

    // --- helpers

    CostImport importAndWait(String fixture, String format) {
        return importBytes(FocusFixtures.bytes(fixture), format);
    }

    CostImport importBytes(byte[] bytes, String format) {
        return waitFor(upload(bytes, format, "fixture").id());
    }

    CostImport upload(byte[] bytes, String format, String name) {
        return imports.upload(new ByteArrayInputStream(bytes), format, name).costImport();
    }

    CostImport waitFor(UUID id) {
        for (int i = 0; i < 600; i++) {
            CostImport now = imports.find(id).orElseThrow();
            if (!CostImport.RUNNING.equals(now.status())) {
                return now;
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

    void clearCostData() {
        emptyCostDataAndASyncedInventory();
    }

    static CostQuery query(LocalDate start, LocalDate end, String metric, String groupBy) {
        return new CostQuery(start, end, CostMetric.parse(metric), groupBy, Map.of(), null);
    }

    static Map<String, BigDecimal> groups(Breakdown b) {
        return b.groups().stream().collect(Collectors.toMap(Breakdown.Group::key, g -> cents(g.amount()),
                (x, y) -> x, java.util.TreeMap::new));
    }

    static Map<String, BigDecimal> cents(Map<String, BigDecimal> sums) {
        Map<String, BigDecimal> result = new java.util.TreeMap<>();
        sums.forEach((k, v) -> result.put(k, cents(v)));
        return result;
    }

    static BigDecimal cents(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    static String teamOf(String accountId) {
        return switch (accountId) {
            case "382272806015" -> "payments";
            case "383317268332" -> "checkout";
            default -> "platform";
        };
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    /** The CSV as Parquet, typed as a tool would write it: numbers as decimals, times as timestamps, tags a map. */
    static byte[] parquet(byte[] csv) throws Exception {
        Path dir = Files.createTempDirectory("focus-parquet");
        Path in = dir.resolve("in.csv");
        Path out = dir.resolve("out.parquet");
        Files.write(in, csv);
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement s = duck.createStatement()) {
            s.execute("COPY (SELECT * REPLACE (CAST(BilledCost AS DECIMAL(28,10)) AS BilledCost,"
                    + " CAST(EffectiveCost AS DOUBLE) AS EffectiveCost,"
                    + " CAST(ListCost AS DECIMAL(28,10)) AS ListCost, CAST(ContractedCost AS DECIMAL(28,10))"
                    + " AS ContractedCost, CAST(ChargePeriodStart AS TIMESTAMP) AS ChargePeriodStart,"
                    + " CAST(BillingPeriodStart AS TIMESTAMP) AS BillingPeriodStart,"
                    + " CAST(CAST(Tags AS JSON) AS MAP(VARCHAR, VARCHAR)) AS Tags)"
                    + " FROM read_csv('" + in + "', all_varchar = true)) TO '" + out + "' (FORMAT PARQUET)");
        }
        return Files.readAllBytes(out);
    }
}
