package dev.skyway.portal.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

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
import com.vaadin.flow.data.provider.Query;

import dev.skyway.portal.accounts.Account;
import dev.skyway.portal.accounts.Accounts;
import dev.skyway.portal.accounts.OrganizationalUnit;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.platform.jobs.SyncState;
import dev.skyway.portal.platform.ui.kit.SyncStatusBar;
import dev.skyway.testsupport.AccountsTestApplication;
import dev.skyway.testsupport.Databases;
import dev.skyway.testsupport.TestUsers;

/**
 * The accounts page in a browserless Vaadin environment over the real facade and the synced sandbox: the OU tree,
 * filtering by OU (descendants included) and status, the empty state, and the sync bar only for platform admins.
 * The view is built directly (browserless tests have no Spring instantiator).
 */
@SpringBootTest(classes = AccountsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class AccountsViewTests extends BrowserlessTest {

    @Autowired
    Accounts accounts;

    @Autowired
    CurrentUser currentUser;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.h2(registry);
    }

    @BeforeEach
    void synced() {
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        accounts.syncNow();
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    AccountsView open() {
        AccountsView view = new AccountsView(accounts, currentUser);
        UI.getCurrent().add(view);
        return view;
    }

    static List<Account> rows(AccountsView view) {
        return view.grid.getDataProvider().fetch(new Query<>()).toList();
    }

    @Test
    void anEngineerSeesTheTreeAndEveryAccountButNoSyncStatusBar() {
        TestUsers.loginAs("erin", Role.ENGINEER);
        AccountsView view = open();

        assertThat(view.tree.getTreeData().getRootItems()).extracting(OrganizationalUnit::id).containsExactly("r-sk7y");
        assertThat(view.tree.getTreeData().getChildren(view.tree.getTreeData().getRootItems().getFirst())).hasSize(5);
        assertThat(view.grid.getDataProvider().size(new Query<>())).isEqualTo(42);
        assertThat(view.getChildren().anyMatch(SyncStatusBar.class::isInstance)).isFalse();
    }

    @Test
    void selectingAnOuShowsItsAccountsAndThoseBelowIt() {
        TestUsers.loginAs("erin", Role.ENGINEER);
        AccountsView view = open();
        OrganizationalUnit workloads = accounts.organizationalUnits().stream()
                .filter(u -> u.path().equals("Workloads")).findFirst().orElseThrow();

        view.tree.select(workloads);

        assertThat(rows(view)).hasSize(23).extracting(Account::ouPath)
                .containsOnly("Workloads", "Workloads/Prod", "Workloads/NonProd");
        view.status.setValue("SUSPENDED");
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.empty.isVisible()).isTrue();
    }

    @Test
    void aPlatformAdminGetsTheSyncStatusBarWithTheLastResult() {
        AccountsView view = open();

        SyncStatusBar bar = view.getChildren().filter(SyncStatusBar.class::isInstance).map(SyncStatusBar.class::cast).findFirst()
                .orElseThrow();
        assertThat(bar.summary()).contains("42 accounts in 7 organizational units");
        assertThat(bar.syncNow().isEnabled()).isTrue();
        assertThat(bar.shownState()).isEqualTo(SyncState.SUCCEEDED);
    }
}
