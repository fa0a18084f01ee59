package dev.skyway.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.catalog.internal.sandbox.SandboxAccount;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.platform.jobs.SyncState;
import dev.skyway.portal.platform.jobs.SyncStatus;
import dev.skyway.portal.platform.money.Money;
import dev.skyway.testsupport.CatalogTestApplication;
import dev.skyway.testsupport.MutableClock;
import dev.skyway.testsupport.TestUsers;

/**
 * The catalog on a real database (H2 and PostgreSQL through the subclasses): the sandbox account syncs into the
 * catalog schema, the facade searches, filters, shows versions and parameters, validates and estimates costs, and
 * the sync status tells what happened.
 */
@SpringBootTest(classes = CatalogTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class CatalogContract {

    static final String RDS = "prod-sbxrdspgsql01";
    static final String EKS = "prod-sbxekscluster1";

    @Autowired
    Catalog catalog;

    @Autowired
    SandboxAccount sandbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void syncedSandbox() {
        clock.set(Instant.parse("2026-05-01T10:00:00Z"));
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        assertThat(catalog.syncNow().state()).isEqualTo(SyncState.SUCCEEDED);
        TestUsers.loginAs("erin", Role.ENGINEER);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void syncStoresTheSandboxCatalogAndRecordsItsStatus() {
        SyncStatus status = catalog.syncStatus();

        assertThat(status.source()).isEqualTo("sandbox");
        assertThat(status.items()).isEqualTo(6);
        assertThat(status.lastSucceededAt()).isEqualTo(Instant.parse("2026-05-01T10:00:00Z"));
        assertThat(status.message()).isEqualTo("6 products in 3 portfolios");
        assertThat(catalog.portfolios()).extracting(Portfolio::name)
                .containsExactly("Compute", "Data & storage", "Networking");
        assertThat(catalog.search(ProductQuery.all())).extracting(ProductSummary::name).containsExactly(
                "ECS Fargate service", "EKS cluster", "Lambda function", "RDS PostgreSQL", "S3 bucket", "VPC");
    }

    @Test
    void aSecondSyncReplacesTheCatalogWithoutDuplicates() {
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        catalog.syncNow();

        assertThat(catalog.search(ProductQuery.all())).hasSize(6);
        assertThat(jdbc.queryForObject("select count(*) from catalog.sandbox_product", Integer.class)).isEqualTo(6);
    }

    @Test
    void searchesByTextPortfolioAndTag() {
        assertThat(catalog.search(new ProductQuery("postgres", null, null))).extracting(ProductSummary::id)
                .containsExactly(RDS);
        assertThat(catalog.search(new ProductQuery("KUBERNETES", null, null))).extracting(ProductSummary::id)
                .containsExactly(EKS);
        assertThat(catalog.search(new ProductQuery("100%_", null, null))).as("LIKE wildcards are literal").isEmpty();
        assertThat(catalog.search(new ProductQuery(null, "port-sbxdata00001", null)))
                .extracting(ProductSummary::name).containsExactly("RDS PostgreSQL", "S3 bucket");
        assertThat(catalog.search(new ProductQuery(null, null, "category=containers")))
                .extracting(ProductSummary::name).containsExactly("ECS Fargate service", "EKS cluster");
        assertThat(catalog.search(new ProductQuery(null, null, "database"))).extracting(ProductSummary::id)
                .containsExactly(RDS);
        assertThat(catalog.search(new ProductQuery("bucket", "port-sbxcompute01", "category=storage")))
                .extracting(ProductSummary::name).containsExactly("S3 bucket");
        assertThat(catalog.tags()).contains("category=database", "category=network");
    }

    @Test
    void theDefaultVersionIsTheNewestThatIsNotDeprecated() {
        ProductSummary rds = catalog.search(new ProductQuery("postgres", null, null)).getFirst();
        assertThat(rds.version().name()).isEqualTo("2.0");
        assertThat(rds.deprecated()).isFalse();

        ProductDetail detail = catalog.product(RDS, null);
        assertThat(detail.version().id()).isEqualTo("pa-sbxrdspgsqlv2");
        assertThat(detail.versions()).extracting(ProductVersion::name, ProductVersion::deprecated)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2.0", false),
                        org.assertj.core.groups.Tuple.tuple("1.0", true));
        assertThat(detail.parameters()).hasSize(11);
        assertThat(detail.tagOptions()).containsKeys("cost-center", "data-classification");
        assertThat(detail.launchPaths()).hasSize(1);

        ProductDetail old = catalog.product(RDS, "pa-sbxrdspgsqlv1");
        assertThat(old.version().deprecated()).isTrue();
        assertThat(old.parameters()).extracting(ParameterDescriptor::key).doesNotContain("MultiAZ");
    }

    @Test
    void parametersSurviveTheDatabaseRoundTrip() {
        ParameterDescriptor password = catalog.product(RDS, null).parameters().get(2);

        assertThat(password).isEqualTo(new ParameterDescriptor("MasterPassword", "Master password", "Database",
                "Stored in Secrets Manager after creation; never shown again.", "String", null, java.util.List.of(),
                "[a-zA-Z0-9!#%^*_+=-]*", "12-41 letters, digits or !#%^*_+=- (no / @ \" or spaces).", 12, 41, null,
                null, true));
        ParameterDescriptor storage = catalog.product(RDS, null).parameters().get(4);
        assertThat(storage.minValue()).isEqualTo(new BigDecimal("20"));
        assertThat(storage.maxValue()).isEqualTo(new BigDecimal("2000"));
    }

    @Test
    void deprecatingEveryVersionInTheSandboxMarksTheProductDeprecatedAfterTheNextSync() {
        sandbox.updateArtifact(RDS, "pa-sbxrdspgsqlv2", false, "DEFAULT");
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        catalog.syncNow();

        ProductSummary rds = catalog.search(new ProductQuery("postgres", null, null)).getFirst();
        assertThat(rds.deprecated()).isTrue();
        assertThat(rds.version().name()).isEqualTo("2.0");
        sandbox.updateArtifact(RDS, "pa-sbxrdspgsqlv2", true, "DEFAULT");
    }

    @Test
    void aFailedSyncKeepsThePreviousCatalogAndReportsWhy() {
        String template = jdbc.queryForObject("select template from catalog.sandbox_artifact where id = ?",
                String.class, "pa-sbxvpc000000v1");
        jdbc.update("update catalog.sandbox_artifact set template = ? where id = ?",
                "Parameters:\n  Cidr: {Default: x}", "pa-sbxvpc000000v1");
        clock.set(Instant.parse("2026-05-01T11:00:00Z"));
        try {
            TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
            SyncStatus status = catalog.syncNow();

            assertThat(status.state()).isEqualTo(SyncState.FAILED);
            assertThat(status.message()).isEqualTo("Parameter Cidr has no Type");
            assertThat(status.finishedAt()).isEqualTo(Instant.parse("2026-05-01T11:00:00Z"));
            assertThat(status.lastSucceededAt()).isEqualTo(Instant.parse("2026-05-01T10:00:00Z"));
            assertThat(catalog.search(ProductQuery.all())).hasSize(6);
            assertThat(catalog.product("prod-sbxvpc0000001", null).parameters()).hasSize(6);
        } finally {
            jdbc.update("update catalog.sandbox_artifact set template = ? where id = ?", template,
                    "pa-sbxvpc000000v1");
        }
    }

    @Test
    void unknownProductsAndVersionsAreNotFound() {
        assertThatThrownBy(() -> catalog.product("prod-nope", null)).isInstanceOf(ProductNotFoundException.class)
                .hasMessageContaining("prod-nope");
        assertThatThrownBy(() -> catalog.product(RDS, "pa-nope")).isInstanceOf(ProductNotFoundException.class);
        assertThatThrownBy(() -> catalog.estimateMonthlyCost("prod-nope", Map.of()))
                .isInstanceOf(ProductNotFoundException.class);
    }

    @Test
    void validatesRequestValuesAgainstTheVersionsParameters() {
        ParameterValidation result = catalog.validate(RDS, null, Map.of("MasterPassword", "short",
                "AllocatedStorage", "5000", "DBName", "Bad-Name"));

        assertThat(result.byField()).containsOnlyKeys("MasterPassword", "AllocatedStorage", "DBName", "VpcId",
                "SubnetIds");
        assertThat(result.byField().get("VpcId").getFirst().rule()).isEqualTo(ParameterRule.REQUIRED);
        assertThat(catalog.validate(RDS, null, Map.of("MasterPassword", "Corr3ct-Horse-Battery",
                "VpcId", "vpc-0abc1234def567890", "SubnetIds", "subnet-0aaa1111bbb22222c,subnet-0ddd3333eee44444f"))
                .valid()).isTrue();
    }

    @Test
    void estimatesMonthlyCostsFromTheCostModel() {
        // base 5 + db.t4g.micro 11.68 + 20 GiB x 0.115
        assertThat(catalog.estimateMonthlyCost(RDS, Map.of())).contains(Money.of("18.98", "USD"));
        // base 5 + db.m7g.large 121.18 + Multi-AZ 60 + 100 GiB x 0.115
        assertThat(catalog.estimateMonthlyCost(RDS, Map.of("InstanceClass", "db.m7g.large", "MultiAZ", "true",
                "AllocatedStorage", "100"))).contains(Money.of("197.68", "USD"));
        // base 73 + 5 nodes x (m7g.xlarge 119.14 + 100 GiB x 0.08)
        assertThat(catalog.estimateMonthlyCost(EKS, Map.of("NodeInstanceType", "m7g.xlarge", "NodeCount", "5",
                "NodeDiskGiB", "100"))).contains(Money.of("708.70", "USD"));
        assertThat(catalog.search(new ProductQuery("postgres", null, null)).getFirst().estimatedMonthlyCost())
                .isEqualTo(Money.of("18.98", "USD"));
    }

    @Test
    @Transactional // rolled back after the test: the other tests estimate EKS with its shipped model
    void productsWithoutACostModelHaveNoEstimate() {
        jdbc.update("delete from catalog.cost_model where product_id = ?", EKS);

        assertThat(catalog.estimateMonthlyCost(EKS, Map.of())).isEmpty();
        assertThat(catalog.product(EKS, null).estimatedMonthlyCost()).isNull();
    }

    @Test
    void onlyEngineersApproversAndAdminsReadTheCatalogAndOnlyAdminsSync() {
        TestUsers.loginAs("finley", Role.FINANCE);
        assertThatThrownBy(() -> catalog.search(ProductQuery.all())).isInstanceOf(AccessDeniedException.class);

        TestUsers.loginAs("avery", Role.APPROVER);
        assertThat(catalog.search(ProductQuery.all())).hasSize(6);

        TestUsers.loginAs("erin", Role.ENGINEER);
        assertThatThrownBy(catalog::syncNow).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalog.requestSync(null)).isInstanceOf(AccessDeniedException.class);

        TestUsers.logout();
        assertThat(catalog.product(RDS, null).id()).as("system work (no user) may read").isEqualTo(RDS);
    }

    @Test
    void aManualSyncIsAudited() {
        // the ledger records module events after the commit, on another thread
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from platform.audit_entry where action = 'catalog.sync-requested'",
                Integer.class) >= 1);
    }
}
