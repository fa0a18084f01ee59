package dev.skyway.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.platform.money.Money;
import dev.skyway.testsupport.CatalogTestApplication;
import dev.skyway.testsupport.TestUsers;

/**
 * Platform admins curate cost models through {@link CostModelAdmin} on a real database (H2 and PostgreSQL through the
 * subclasses): saved models drive the estimates at once, bad ones are refused per field with nothing stored, every
 * change lands in the audit ledger with before and after, and nobody else may change them.
 */
@SpringBootTest(classes = CatalogTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class CostModelAdminContract {

    static final String S3 = "prod-sbxs3bucket01";
    static final String RDS = "prod-sbxrdspgsql01";
    static final String LAMBDA = "prod-sbxlambda0001";
    static final String EKS = "prod-sbxekscluster1";

    @Autowired
    Catalog catalog;

    @Autowired
    CostModelAdmin costModels;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void syncedAsAdmin() {
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        catalog.syncNow();
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void everyShippedModelPassesTheEditorsRulesAndReadsBackAsShipped() {
        for (CostModelSummary s : costModels.costModelOverview()) {
            if (!s.hasModel() || s.productId().equals(LAMBDA)) {
                continue;
            }
            CostModelSpec spec = costModels.costModel(s.productId()).orElseThrow();
            assertThat(costModels.checkCostModel(s.productId(), spec)).as(s.productName()).isEmpty();
        }
        CostModelSpec eks = costModels.costModel(EKS).orElseThrow();
        assertThat(eks.rates()).contains(new CostModelSpec.Rate("NodeDiskGiB", null, new BigDecimal("0.08"),
                "NodeCount"));
    }

    @Test
    void savedModelDrivesTheEstimateAndIsAuditedWithBeforeAndAfter() {
        CostModelSpec spec = new CostModelSpec("EUR", new BigDecimal("2.50"), List.of(
                new CostModelSpec.Rate("Encryption", "SSE-KMS", new BigDecimal("1.25"), null),
                new CostModelSpec.Rate("ExpireAfterDays", " ", new BigDecimal("0.01"), null)));

        CostModelSpec saved = costModels.saveCostModel(S3, spec);

        assertThat(saved.currency()).isEqualTo("EUR");
        assertThat(saved.rates()).extracting(CostModelSpec.Rate::parameter, CostModelSpec.Rate::matchValue)
                .containsExactlyInAnyOrder(tuple("Encryption", "SSE-KMS"), tuple("ExpireAfterDays", null));
        assertThat(catalog.estimateMonthlyCost(S3, Map.of("Encryption", "SSE-KMS", "ExpireAfterDays", "30")))
                .contains(Money.of("4.05", "EUR"));
        assertThat(catalog.product(S3, null).estimatedMonthlyCost()).isEqualTo(Money.of("2.50", "EUR"));
        assertThat(costModels.costModelOverview()).filteredOn(s -> s.productId().equals(S3)).singleElement()
                .satisfies(s -> {
                    assertThat(s.baseMonthly()).isEqualTo(Money.of("2.50", "EUR"));
                    assertThat(s.rates()).isEqualTo(2);
                });
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from platform.audit_entry where action = 'catalog.cost-model-saved' "
                        + "and target_id = ?", Integer.class, S3) == 1);
        String details = jdbc.queryForObject("select details from platform.audit_entry where action = "
                + "'catalog.cost-model-saved' and target_id = ?", String.class, S3);
        assertThat(details).contains("\"before\":\"1 USD base; Encryption = SSE-KMS: 1\"")
                .contains("2.5 EUR base; Encryption = SSE-KMS: 1.25");
    }

    @Test
    void badModelIsRefusedNamingEachFieldAndRuleWithNothingStored() {
        CostModelSpec before = costModels.costModel(RDS).orElseThrow();
        CostModelSpec bad = new CostModelSpec("XYZ", new BigDecimal("1.005"), List.of(
                new CostModelSpec.Rate("NoSuchParam", "x", new BigDecimal("-1"), null),
                new CostModelSpec.Rate("InstanceClass", null, new BigDecimal("1"), "DBName"),
                new CostModelSpec.Rate("MultiAZ", "maybe", new BigDecimal("0.1234567"), "Nope"),
                new CostModelSpec.Rate("AllocatedStorage", null, null, null),
                new CostModelSpec.Rate("AllocatedStorage", "", new BigDecimal("0.1"), null)));

        assertThatThrownBy(() -> costModels.saveCostModel(RDS, bad))
                .isInstanceOfSatisfying(CostModelValidationException.class, e -> assertThat(e.violations())
                        .extracting(CostModelViolation::field, CostModelViolation::rule)
                        .containsExactlyInAnyOrder(
                                tuple("currency", "ALLOWED_VALUES"),
                                tuple("baseMonthly", "DECIMALS"),
                                tuple("rates[0].parameter", "UNKNOWN_PARAMETER"),
                                tuple("rates[0].unitPrice", "MIN_VALUE"),
                                tuple("rates[1].matchValue", "REQUIRED"),
                                tuple("rates[1].timesParameter", "NOT_NUMERIC"),
                                tuple("rates[2].matchValue", "ALLOWED_VALUES"),
                                tuple("rates[2].unitPrice", "DECIMALS"),
                                tuple("rates[2].timesParameter", "UNKNOWN_PARAMETER"),
                                tuple("rates[3].unitPrice", "REQUIRED"),
                                tuple("rates[4].matchValue", "DUPLICATE")));

        assertThat(costModels.costModel(RDS)).contains(before);
        assertThat(costModels.previewCostModel(RDS, bad)).isEmpty();
    }

    @Test
    void previewEstimatesTheDefaultsWithoutStoring() {
        CostModelSpec before = costModels.costModel(RDS).orElseThrow();
        CostModelSpec draft = new CostModelSpec("USD", new BigDecimal("10"), List.of(
                new CostModelSpec.Rate("AllocatedStorage", null, new BigDecimal("0.5"), null)));

        // RDS defaults: 20 GiB
        assertThat(costModels.previewCostModel(RDS, draft)).contains(Money.of("20.00", "USD"));
        assertThat(costModels.costModel(RDS)).contains(before);
    }

    @Test
    void removingAModelMakesTheEstimateUnknownAndIsAudited() {
        assertThat(costModels.removeCostModel(LAMBDA)).isTrue();

        assertThat(costModels.costModel(LAMBDA)).isEmpty();
        assertThat(catalog.estimateMonthlyCost(LAMBDA, Map.of())).isEmpty();
        assertThat(costModels.costModelOverview()).filteredOn(s -> s.productId().equals(LAMBDA)).singleElement()
                .satisfies(s -> assertThat(s.hasModel()).isFalse());
        assertThat(costModels.removeCostModel(LAMBDA)).isFalse();
        await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from platform.audit_entry where action = 'catalog.cost-model-removed' "
                        + "and target_id = ?", Integer.class, LAMBDA) == 1);
    }

    @Test
    void onlyPlatformAdminsChangeModelsButCatalogReadersMayReadThem() {
        CostModelSpec spec = new CostModelSpec("USD", BigDecimal.ONE, List.of());
        for (Role role : List.of(Role.ENGINEER, Role.APPROVER, Role.FINANCE)) {
            TestUsers.loginAs("someone", role);
            assertThatThrownBy(() -> costModels.saveCostModel(RDS, spec)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> costModels.removeCostModel(RDS)).isInstanceOf(AccessDeniedException.class);
        }
        TestUsers.loginAs("erin", Role.ENGINEER);
        assertThat(costModels.costModel(RDS)).isPresent();
        TestUsers.loginAs("fiona", Role.FINANCE);
        assertThatThrownBy(() -> costModels.costModel(RDS)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void unknownProductIsNotFound() {
        assertThatThrownBy(() -> costModels.costModel("prod-nope")).isInstanceOf(ProductNotFoundException.class);
        assertThatThrownBy(() -> costModels.saveCostModel("prod-nope", new CostModelSpec("USD", BigDecimal.ONE,
                List.of()))).isInstanceOf(ProductNotFoundException.class);
    }
}
