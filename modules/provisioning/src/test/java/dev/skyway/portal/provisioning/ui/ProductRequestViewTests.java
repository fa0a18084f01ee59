package dev.skyway.portal.provisioning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.PasswordField;

import dev.skyway.portal.catalog.Catalog;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.provisioning.ProductRequests;
import dev.skyway.testsupport.Databases;
import dev.skyway.testsupport.ProvisioningTestApplication;
import dev.skyway.testsupport.TestUsers;

/**
 * The request form in a browserless Vaadin environment over the real facades: fields come from the template
 * (password field for NoEcho, defaults filled in), server-side violations land on their own fields, and a valid
 * request reviews with its estimate and route. The view is built directly (no Spring instantiator here).
 */
@SpringBootTest(classes = ProvisioningTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ProductRequestViewTests extends BrowserlessTest {

    @Autowired
    dev.skyway.portal.provisioning.NetworkPickers networkPickers;

    @Autowired
    Catalog catalog;

    @Autowired
    ProductRequests requests;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.h2(registry);
    }

    @BeforeEach
    void synced() {
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        catalog.syncNow();
        TestUsers.loginAs("erin", Role.ENGINEER);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    ProductRequestView open(String productId) {
        ProductRequestView view = new ProductRequestView(catalog, requests, networkPickers);
        view.show(catalog.product(productId, null));
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void formIsGeneratedFromTheTemplateWithSecretsInPasswordFields() {
        ProductRequestView view = open("prod-sbxrdspgsql01");

        assertThat(view.parameterFields.get("MasterPassword")).isInstanceOf(PasswordField.class);
        assertThat(view.parameterFields.get("InstanceClass").getValue()).isEqualTo("db.t4g.micro");
        assertThat(view.parameterFields.get("DBName").getValue()).isEqualTo("app");
    }

    @Test
    void violationsAreShownOnEachFieldAndSubmitStaysDisabled() {
        ProductRequestView view = open("prod-sbxs3bucket01");
        view.parameterFields.get("BucketNameSuffix").setValue("Not_Valid");
        view.accountId.setValue("42");

        view.review();

        assertThat(((HasValidation) view.parameterFields.get("BucketNameSuffix")).isInvalid()).isTrue();
        assertThat(((HasValidation) view.parameterFields.get("BucketNameSuffix")).getErrorMessage())
                .startsWith("3-37 lower-case letters");
        assertThat(view.accountId.isInvalid()).isTrue();
        assertThat(view.accountId.getErrorMessage()).isEqualTo("Must be a 12-digit AWS account id");
        assertThat(view.justification.isInvalid()).isTrue();
        assertThat(view.submit.isEnabled()).isFalse();
    }

    @Test
    void validRequestReviewsWithItsEstimateAndWhoWillApprove() {
        ProductRequestView view = open("prod-sbxs3bucket01");
        view.parameterFields.get("BucketNameSuffix").setValue("view-test");
        view.accountId.setValue("123456789012");
        view.justification.setValue("artifacts");
        view.tags.options.get("cost-center").setValue("CC-1002 Platform");
        view.tags.options.get("data-classification").setValue("internal");

        view.review();

        assertThat(view.accountId.isInvalid()).isFalse();
        assertThat(view.reviewSection.getElement().getTextRecursively())
                .contains("Estimated monthly cost").contains("Approved automatically (rule dev-under-50-usd)");
        assertThat(view.submit.isEnabled()).isTrue();
    }

    @Test
    void eachTagOptionIsARequiredSelectOfItsValuesAndTagViolationsLandOnTheirFields() {
        ProductRequestView view = open("prod-sbxs3bucket01");
        assertThat(view.tags.options).containsOnlyKeys("cost-center", "data-classification");
        assertThat(view.tags.options.get("data-classification").getListDataView().getItems())
                .containsExactlyInAnyOrder("public", "internal", "confidential", "restricted");
        assertThat(view.tags.options.get("cost-center").isRequiredIndicatorVisible()).isTrue();
        view.parameterFields.get("BucketNameSuffix").setValue("view-tags");
        view.accountId.setValue("123456789012");
        view.justification.setValue("artifacts");
        view.tags.options.get("cost-center").setValue("CC-1003 Data");
        var reserved = view.tags.addFree();
        reserved.key.setValue("aws:owner");
        reserved.value.setValue("me");

        view.review();

        assertThat(view.tags.options.get("cost-center").isInvalid()).isFalse();
        assertThat(view.tags.options.get("data-classification").isInvalid()).isTrue();
        assertThat(view.tags.options.get("data-classification").getErrorMessage()).startsWith("Is required");
        assertThat(reserved.key.isInvalid()).isTrue();
        assertThat(reserved.key.getErrorMessage()).contains("aws:");
        assertThat(view.submit.isEnabled()).isFalse();

        view.tags.options.get("data-classification").setValue("public");
        reserved.key.setValue("owner");
        view.review();

        assertThat(view.tags.options.get("data-classification").isInvalid()).isFalse();
        assertThat(reserved.key.isInvalid()).isFalse();
        assertThat(view.request().tags()).containsExactly(java.util.Map.entry("cost-center", "CC-1003 Data"),
                java.util.Map.entry("data-classification", "public"), java.util.Map.entry("owner", "me"));
        assertThat(view.submit.isEnabled()).isTrue();
    }
}
