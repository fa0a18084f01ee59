package dev.skyway.portal.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

import dev.skyway.portal.catalog.Catalog;
import dev.skyway.portal.catalog.TemplateChecks;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.CatalogTestApplication;
import dev.skyway.testsupport.Databases;
import dev.skyway.testsupport.TestUsers;

/**
 * "Check a template" on the catalog admin page, browserless over the real facade: parameters and warnings of a
 * readable template, the reason and line of an unreadable one on the text area.
 */
@SpringBootTest(classes = CatalogTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class CatalogAdminViewTests extends BrowserlessTest {

    @Autowired
    Catalog catalog;

    @Autowired
    TemplateChecks checks;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.h2(registry);
    }

    @BeforeEach
    void admin() {
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    TemplateCheckPanel open() {
        CatalogAdminView view = new CatalogAdminView(catalog, checks);
        UI.getCurrent().add(view);
        return view.templateCheck;
    }

    @Test
    void aTabIndentedJsonTemplateShowsItsParametersInFormOrder() throws IOException {
        TemplateCheckPanel panel = open();
        panel.template.setValue(reference("ec2-linux-tabs.json"));

        test(panel.check).click();

        assertThat(panel.template.isInvalid()).isFalse();
        assertThat(panel.result.getChildren().filter(c -> "template-check-parameters".equals(c.getId().orElse(null)))
                .findFirst().orElseThrow().getChildren().map(c -> c.getElement().getAttribute("data-parameter")))
                .containsExactly("VpcId", "SubnetIds", "SecurityGroupId", "AvailabilityZone", "InstanceType",
                        "KeyName", "LatestAmiId");
        assertThat(text(panel.result)).contains("7 parameters").doesNotContain("warning");
    }

    @Test
    void aDuplicateKeyIsShownAsAWarningWithItsLine() throws IOException {
        TemplateCheckPanel panel = open();
        panel.template.setValue(reference("rds-duplicate-key.yaml"));

        test(panel.check).click();

        assertThat(text(panel.result)).contains("1 warning", "Duplicate key \"DBInstanceClass\" at line 18");
    }

    @Test
    void anUnreadableTemplateMarksTheTextAreaWithTheReasonAndLine() {
        TemplateCheckPanel panel = open();
        panel.template.setValue("Parameters:\n  A:\n    Type: String\n   Default: [unclosed\n");

        test(panel.check).click();

        assertThat(panel.template.isInvalid()).isTrue();
        assertThat(panel.template.getErrorMessage()).startsWith("The template is not valid YAML").contains("line ");
        assertThat(text(panel.result)).doesNotContain("parameters,");
    }

    static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    static String reference(String name) throws IOException {
        return new ClassPathResource("templates/reference/" + name).getContentAsString(StandardCharsets.UTF_8);
    }
}
