package dev.skyway.portal.cost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.data.provider.Query;

import dev.skyway.portal.accounts.Accounts;
import dev.skyway.portal.cost.Budget;
import dev.skyway.portal.cost.BudgetDraft;
import dev.skyway.portal.cost.CostBudgets;
import dev.skyway.portal.cost.CostImport;
import dev.skyway.portal.cost.CostImports;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.CostTestApplication;
import dev.skyway.testsupport.Databases;
import dev.skyway.testsupport.MutableClock;
import dev.skyway.testsupport.TestUsers;

/**
 * The budgets page in a browserless Vaadin environment over the real facade and imported October rollups: finance's
 * empty state, the create dialog with the server's per-field problems, the spent bar with its forecast marker and
 * crossed badges, editing at a stale version, delete after confirming, an engineer's read-only view of their teams'
 * budgets, and a vended account's budget shown read-only. The view is built directly (no Spring instantiator).
 */
@SpringBootTest(classes = CostTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "portal.cost.budgets.scheduled-check=false")
class BudgetsViewTests extends BrowserlessTest {

    @Autowired
    CostBudgets budgets;

    @Autowired
    CostImports imports;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.h2(registry);
    }

    @BeforeEach
    void octoberCost() throws InterruptedException {
        jdbc.update("delete from cost.budget");
        jdbc.update("delete from accounts.account_budget");
        clock.set(Instant.parse("2024-10-03T08:00:00Z"));
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        accounts.syncNow();
        TestUsers.loginAs("fay", Role.FINANCE);
        if (jdbc.queryForObject("select count(*) from cost.daily_cost", Integer.class) == 0) {
            byte[] fixture;
            try (var in = getClass().getResourceAsStream("/focus/focus-1.2-mixed.csv")) {
                fixture = in.readAllBytes();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            UUID id = imports.upload(new ByteArrayInputStream(fixture), "CSV", "focus.csv").costImport().id();
            for (int i = 0; i < 600 && CostImport.RUNNING.equals(imports.find(id).orElseThrow().status()); i++) {
                Thread.sleep(50);
            }
        }
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    BudgetsView open() {
        BudgetsView view = new BudgetsView(budgets);
        UI.getCurrent().add(view);
        return view;
    }

    static List<Budget> rows(BudgetsView view) {
        return view.grid.getDataProvider().fetch(new Query<>()).toList();
    }

    static BudgetDraft draft(String name, String team, String amount) {
        return new BudgetDraft(name, "TEAM", team, "MONTHLY", new BigDecimal(amount), "USD", "BilledCost", null);
    }

    @Test
    void financeStartsFromTheEmptyStateAndTheDialogShowsEachProblemOnItsField() {
        BudgetsView view = open();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.create.isVisible()).isTrue();

        view.create.click();
        BudgetDialog dialog = view.dialog;
        dialog.amount.setValue(new BigDecimal("-5"));
        dialog.actualThresholds.setValue("50, lots");
        dialog.save.click();

        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Is required");
        assertThat(dialog.scopeValue.isInvalid()).isTrue();
        assertThat(dialog.amount.getErrorMessage()).isEqualTo("Must be more than 0, with at most 2 decimals");
        assertThat(dialog.actualThresholds.getErrorMessage()).contains("'ACTUAL:lots' is not a threshold");
        assertThat(dialog.period.isInvalid()).isFalse();
        assertThat(budgets.list()).isEmpty();

        dialog.name.setValue("payments-monthly");
        dialog.scopeValue.setValue("payments");
        dialog.amount.setValue(new BigDecimal("100"));
        dialog.actualThresholds.setValue("50, 80 100");
        dialog.save.click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.empty.isVisible()).isFalse();
        Budget payments = rows(view).getFirst();
        assertThat(payments.thresholds()).extracting(t -> t.key()).containsExactly("ACTUAL:50", "ACTUAL:80",
                "ACTUAL:100", "FORECAST:100");
        BudgetBar bar = new BudgetBar(payments);
        assertThat(bar.bar.getValue()).isEqualTo(0.81);
        assertThat(bar.text.getText()).startsWith("$81.01 · 81.0% · forecast $");
        assertThat(bar.marker).isNotNull();
        assertThat(bar.marker.getStyle().get("left")).isEqualTo("calc(100.0% - 1px)");
        assertThat(view.scope.getText()).isEqualTo("Showing the budgets of all accounts.");
    }

    @Test
    void anEditAtAStaleVersionSaysSoAndDeletingAsksFirst() {
        budgets.create(draft("payments-monthly", "payments", "100"));
        BudgetsView view = open();
        Budget shown = rows(view).getFirst();
        view.open(shown);
        BudgetDialog dialog = view.dialog;
        assertThat(dialog.amount.getValue()).isEqualByComparingTo("100");
        assertThat(dialog.forecastThresholds.getValue()).isEqualTo("100");
        budgets.update(shown.id(), 1, draft("payments-monthly", "payments", "150"));

        dialog.amount.setValue(new BigDecimal("200"));
        dialog.save.click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.problem.getText()).contains("was changed by someone else");
        assertThat(budgets.find(shown.id()).orElseThrow().amount().amount()).isEqualByComparingTo("150");

        view.reload();
        view.confirmDelete(rows(view).getFirst());
        roundTrip(); // an opened dialog joins the UI on the way to the browser
        ConfirmDialog confirm = UI.getCurrent().getChildren().filter(ConfirmDialog.class::isInstance)
                .map(ConfirmDialog.class::cast).reduce((a, b) -> b).orElseThrow();
        assertThat(budgets.list()).as("nothing before confirming").hasSize(1);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, false));

        assertThat(budgets.list()).isEmpty();
        assertThat(view.empty.isVisible()).isTrue();
    }

    @Test
    void anEngineerSeesTheirTeamsBudgetsAndAVendedOneReadOnlyWithoutAnyEditing() {
        budgets.create(draft("payments-monthly", "payments", "100"));
        budgets.create(draft("checkout-monthly", "checkout", "100"));
        jdbc.update("insert into accounts.account_budget (account_id, request_id, budget_name, monthly_limit, "
                + "currency, created_at) values ('382272806015', ?, 'skyway-382272806015-monthly', 50.00, 'USD', "
                + "current_timestamp)", UUID.randomUUID());

        TestUsers.loginAs("erin", Role.ENGINEER);
        BudgetsView view = open();

        assertThat(rows(view)).extracting(Budget::name).containsExactly("payments-monthly",
                "skyway-382272806015-monthly");
        assertThat(view.create.isVisible()).isFalse();
        assertThat(view.scope.getText()).isEqualTo("Showing the budgets of team payments.");
        assertThat(rows(view)).allSatisfy(b -> assertThat(view.actions(b).getChildren()).isEmpty());

        TestUsers.loginAs("fay", Role.FINANCE);
        BudgetsView finance = open();
        Budget vended = rows(finance).stream().filter(b -> b.name().startsWith("skyway-")).findFirst().orElseThrow();
        assertThat(finance.actions(vended).getChildren()).as("read-only").isEmpty();
        Budget own = rows(finance).stream().filter(b -> b.name().equals("payments-monthly")).findFirst()
                .orElseThrow();
        assertThat(finance.actions(own).getChildren()).hasSize(2);
    }
}
