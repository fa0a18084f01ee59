package dev.skyway.portal.approvals.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.provider.Query;

import dev.skyway.portal.approvals.ApprovalDelegations;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.ApprovalsTestApplication;
import dev.skyway.testsupport.Databases;
import dev.skyway.testsupport.TestUsers;

/**
 * The delegation dialog enforces the delegation policy on the server and says so on the field: a window longer than
 * {@code portal.approvals.delegation.max-days} (30 by default) is refused on "Until", nothing is stored.
 */
@SpringBootTest(classes = ApprovalsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class DelegationDialogTests extends BrowserlessTest {

    @Autowired
    ApprovalDelegations delegations;

    @Autowired
    Clock clock;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.h2(registry);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void aWindowLongerThanThePolicyIsRefusedOnTheUntilField() {
        TestUsers.loginAs("dialog-approver", Role.APPROVER);
        DelegationDialog dialog = new DelegationDialog(delegations, clock);
        UI.getCurrent().add(dialog);
        dialog.open();
        int before = dialog.grid.getDataProvider().size(new Query<>());

        dialog.delegate.setValue("dana");
        LocalDateTime from = dialog.from.getValue();
        dialog.to.setValue(from.plusDays(40));
        test(dialog.create).click();

        assertThat(dialog.to.isInvalid()).isTrue();
        assertThat(dialog.to.getErrorMessage()).isEqualTo("a delegation lasts at most 30 days");
        assertThat(dialog.grid.getDataProvider().size(new Query<>())).isEqualTo(before);

        dialog.to.setValue(from.plusDays(30));
        test(dialog.create).click();

        assertThat(dialog.to.isInvalid()).isFalse();
        assertThat(dialog.grid.getDataProvider().size(new Query<>())).isEqualTo(before + 1);
    }
}
