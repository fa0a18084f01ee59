package dev.skyway.portal.cost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;

import dev.skyway.portal.cost.AllocationRule;
import dev.skyway.portal.cost.CostAllocation;
import dev.skyway.portal.cost.SharedCostRule;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.TestUsers;

/**
 * The allocation-rules page: finance adds a rule through the dialog and sees it listed in priority order, a bad
 * value stays on its field with nothing stored, a fixed split that does not add up to 100 is refused on the shares
 * field, delete asks first naming the rule, and an engineer reads the rules without any way to change them.
 */
class AllocationRulesViewTests extends CostViewTest {

    @Autowired
    CostAllocation allocation;

    @BeforeEach
    @AfterEach
    void noRules() {
        jdbc.update("delete from cost.allocation_rule");
        jdbc.update("delete from cost.shared_cost_rule");
    }

    AllocationRulesView open() {
        return attached(new AllocationRulesView(allocation, currentUser));
    }

    @Test
    void financeAddsARuleThroughTheDialogAndSeesItInPriorityOrder() {
        allocation.addRule(50, "ACCOUNT", null, "382272806015", "payments", null);
        AllocationRulesView view = open();
        assertThat(view.addRule.isVisible()).isTrue();

        view.addRule.click();
        AllocationRuleDialog dialog = (AllocationRuleDialog) view.dialog;
        dialog.priority.setValue(5);
        dialog.kind.setValue("TAG");
        dialog.key.setValue("project");
        dialog.value.setValue("checkout-web");
        dialog.team.setValue("checkout");
        dialog.save.click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(items(view.rules)).extracting(AllocationRulesView::describe)
                .containsExactly("tag project = checkout-web → checkout", "account 382272806015 → payments");
        assertThat(view.note.getText()).contains("re-allocates every stored period in the background");

        view.confirmDelete(items(view.rules).getFirst());
        ConfirmDialog confirm = lastConfirm();
        assertThat(confirm.getElement().getProperty("header"))
                .isEqualTo("Delete allocation rule tag project = checkout-web → checkout?");
        assertThat(allocation.rules()).as("nothing before confirming").hasSize(2);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, false));
        assertThat(items(view.rules)).extracting(AllocationRule::value).containsExactly("382272806015");
    }

    @Test
    void aBadValueShowsTheFieldErrorKeepsTheDialogOpenAndStoresNothing() {
        AllocationRulesView view = open();
        view.addRule.click();
        AllocationRuleDialog dialog = (AllocationRuleDialog) view.dialog;
        dialog.kind.setValue("ACCOUNT");
        dialog.value.setValue("not-an-account");
        dialog.team.setValue("payments");
        dialog.save.click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.value.isInvalid()).isTrue();
        assertThat(dialog.value.getErrorMessage()).isEqualTo("Must be a 12-digit account id");
        assertThat(dialog.team.isInvalid()).isFalse();
        assertThat(allocation.rules()).isEmpty();

        view.addShared.click();
        SharedCostRuleDialog shared = (SharedCostRuleDialog) view.dialog;
        shared.name.setValue("Support");
        shared.match.setValue("CHARGE_CATEGORY");
        shared.value.setValue("Support");
        shared.method.setValue("FIXED");
        shared.shares.setValue("payments=60, checkout=30");
        shared.save.click();

        assertThat(shared.isOpened()).isTrue();
        assertThat(shared.shares.getErrorMessage()).startsWith("FIXED needs team percentages");
        assertThat(allocation.sharedRules()).isEmpty();

        shared.shares.setValue("payments=60, checkout=40");
        shared.save.click();
        assertThat(shared.isOpened()).isFalse();
        assertThat(items(view.shared)).extracting(SharedCostRule::name).containsExactly("Support");
    }

    @Test
    void anEngineerReadsTheRulesWithoutAddOrDelete() {
        allocation.addRule(null, "OU", null, "Workloads/Prod", null, "CC-100");
        TestUsers.loginAs("erin", Role.ENGINEER);

        AllocationRulesView view = open();

        assertThat(view.addRule.isVisible()).isFalse();
        assertThat(view.addShared.isVisible()).isFalse();
        assertThat(view.rules.getColumns().getLast().isVisible()).isFalse();
        assertThat(view.note.getText()).startsWith("Read-only: finance and platform admins change these rules.");
        assertThat(items(view.rules)).extracting(AllocationRulesView::describe)
                .containsExactly("OU Workloads/Prod and below → cost center CC-100");
    }

    private ConfirmDialog lastConfirm() {
        roundTrip(); // an opened dialog joins the UI on the way to the browser
        return UI.getCurrent().getChildren().filter(ConfirmDialog.class::isInstance)
                .map(ConfirmDialog.class::cast).reduce((a, b) -> b).orElseThrow();
    }

    private static <T> List<T> items(Grid<T> grid) {
        return grid.getGenericDataView().getItems().toList();
    }
}
