package dev.skyway.portal.approvals.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.provider.Query;

import dev.skyway.portal.approvals.ApprovalPolicies;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.ApprovalsTestApplication;
import dev.skyway.testsupport.Databases;
import dev.skyway.testsupport.TestUsers;

/**
 * The policy admin view, browserless over the real facade: validation lists every problem by field, saving creates
 * a version, the preview answers "who would approve" for the document in the editor.
 */
@SpringBootTest(classes = ApprovalsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ApprovalPoliciesViewTests extends BrowserlessTest {

    @Autowired
    ApprovalPolicies policies;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.h2(registry);
    }

    ApprovalPoliciesView view;

    @BeforeEach
    void open() {
        TestUsers.loginAs("admin", Role.PLATFORM_ADMIN);
        view = new ApprovalPoliciesView(policies);
        UI.getCurrent().add(view);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void validationListsEveryProblemByField() {
        view.document.setValue("{\"rules\": [{\"name\": \"a\", \"stages\": [{\"name\": \"s\", \"mode\": \"N_OF_M\","
                + " \"required\": 3, \"approvers\": {\"users\": [\"u1\"]}}], \"extra\": 1}]}");
        test(view.validate).click();

        assertThat(view.document.isInvalid()).isTrue();
        assertThat(view.problems.getElement().getTextRecursively())
                .contains("rules[0].stages[0].required: N (3) is more than M, the 1 named users")
                .contains("rules[0].extra: unknown field");
    }

    @Test
    void savingCreatesANewVersionAndPreviewUsesTheEditor() {
        int before = policies.countVersions();
        view.note.setValue("same as shipped");
        test(view.save).click();
        assertThat(policies.countVersions()).isEqualTo(before + 1);
        assertThat(view.history.getDataProvider().size(new Query<>())).isEqualTo(before + 1);

        PreviewForm preview = (PreviewForm) view.getChildren().filter(PreviewForm.class::isInstance).findFirst()
                .orElseThrow();
        preview.environment.setValue("dev");
        preview.cost.setValue(new BigDecimal("10"));
        test(preview.getChildren().flatMap(c -> c.getChildren())
                .filter(c -> "preview-button".equals(c.getId().orElse(null))).map(
                        com.vaadin.flow.component.button.Button.class::cast).findFirst().orElseThrow()).click();

        assertThat(preview.result.getElement().getTextRecursively())
                .contains("Rule 'dev-under-50-usd': approved automatically.");
    }
}
