package dev.skyway.portal.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;

import dev.skyway.portal.catalog.Catalog;
import dev.skyway.portal.catalog.CostModelAdmin;
import dev.skyway.portal.catalog.CostModelSpec;
import dev.skyway.portal.catalog.CostModelSummary;
import dev.skyway.portal.platform.money.Money;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.CatalogTestApplication;
import dev.skyway.testsupport.Databases;
import dev.skyway.testsupport.TestUsers;

/**
 * The cost model admin view in a browserless Vaadin environment over the real facade: the grid lists every product
 * with its base price or "No model", the editor previews the estimate live, shows server-side violations on each
 * field, saves, and removes after confirmation.
 */
@SpringBootTest(classes = CatalogTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class CostModelsViewTests extends BrowserlessTest {

    static final String S3 = "prod-sbxs3bucket01";
    static final String RDS = "prod-sbxrdspgsql01";
    static final String VPC = "prod-sbxvpc0000001";
    static final String EKS = "prod-sbxekscluster1";

    @Autowired
    Catalog catalog;

    @Autowired
    CostModelAdmin costModels;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.h2(registry);
    }

    @BeforeEach
    void syncedAsAdmin() {
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        catalog.syncNow();
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    CostModelsView open() {
        CostModelsView view = new CostModelsView(catalog, costModels);
        UI.getCurrent().add(view);
        return view;
    }

    List<CostModelSummary> rows(CostModelsView view) {
        return view.grid.getListDataView().getItems().toList();
    }

    @Test
    void gridListsEveryProductWithItsBasePriceOrNoModelAndFilters() {
        costModels.removeCostModel(VPC);
        CostModelsView view = open();

        assertThat(rows(view)).hasSize(costModels.costModelOverview().size()).hasSizeGreaterThan(3);
        assertThat(rows(view)).filteredOn(r -> r.productId().equals(RDS)).singleElement()
                .extracting(CostModelSummary::baseMonthly).isEqualTo(Money.of("5.00", "USD"));

        view.withoutModel.setValue(true);
        assertThat(rows(view)).extracting(CostModelSummary::productId).contains(VPC).doesNotContain(RDS, S3);

        view.withoutModel.setValue(false);
        view.search.setValue("postgres");
        assertThat(rows(view)).extracting(CostModelSummary::productId).containsExactly(RDS);
    }

    @Test
    void editorPreviewsLiveShowsViolationsPerFieldAndSaves() {
        CostModelsView view = open();
        view.open(S3);
        CostModelEditor editor = view.editor;
        assertThat(editor.base.getValue()).isEqualTo("1");
        assertThat(editor.rates).hasSize(1);
        assertThat(editor.preview.getText()).isEqualTo(money("1.00") + " / month");

        editor.base.setValue("3");
        assertThat(editor.preview.getText()).isEqualTo(money("3.00") + " / month");
        CostModelEditor.RateRow row = editor.addRate(null);
        row.parameter.setValue("Encryption");
        row.unitPrice.setValue("2.5");
        editor.base.setValue("-1.234");
        assertThat(editor.preview.getText()).startsWith("—");

        editor.save();

        assertThat(editor.base.isInvalid()).isTrue();
        assertThat(editor.base.getErrorMessage()).isEqualTo("Must not be negative");
        assertThat(row.matchValue.isInvalid()).isTrue();
        assertThat(row.matchValue.getErrorMessage()).contains("Encryption is not a number");
        assertThat(costModels.costModel(S3).orElseThrow().baseMonthly()).isEqualByComparingTo("1");

        editor.base.setValue("abc");
        editor.save();
        assertThat(editor.base.getErrorMessage()).isEqualTo("Must be a number, e.g. 12.50");

        editor.base.setValue("2.00");
        row.matchValue.setValue("SSE-S3");
        row.times.setValue("ExpireAfterDays");
        editor.save();

        assertThat(editor.base.isInvalid()).isFalse();
        assertThat(row.matchValue.isInvalid()).isFalse();
        CostModelSpec saved = costModels.costModel(S3).orElseThrow();
        assertThat(saved.baseMonthly()).isEqualByComparingTo("2");
        assertThat(saved.rates()).contains(new CostModelSpec.Rate("Encryption", "SSE-S3", new BigDecimal("2.5"),
                "ExpireAfterDays"));
        assertThat(rows(view)).filteredOn(r -> r.productId().equals(S3)).singleElement()
                .extracting(CostModelSummary::rates).isEqualTo(2);
    }

    @Test
    void removingAModelAsksFirstThenShowsNoModel() {
        CostModelsView view = open();
        view.open(EKS);
        assertThat(view.editor.remove.isVisible()).isTrue();

        view.editor.removeConfirmed();

        assertThat(costModels.costModel(EKS)).isEmpty();
        assertThat(rows(view)).filteredOn(r -> r.productId().equals(EKS)).singleElement()
                .satisfies(r -> assertThat(r.hasModel()).isFalse());
    }

    private static String money(String amount) {
        return dev.skyway.portal.platform.ui.kit.Formats.money(new BigDecimal(amount),
                java.util.Currency.getInstance("USD"));
    }
}
