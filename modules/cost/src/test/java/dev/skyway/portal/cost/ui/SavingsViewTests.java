package dev.skyway.portal.cost.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;

import dev.skyway.portal.accounts.Accounts;
import dev.skyway.portal.cost.CostSavings;
import dev.skyway.portal.cost.Recommendation;
import dev.skyway.portal.cost.RecommendationFilter;
import dev.skyway.portal.cost.RecommendationKind;
import dev.skyway.portal.cost.RecommendationSource;
import dev.skyway.portal.cost.RecommendationStatus;
import dev.skyway.portal.cost.internal.savings.RecommendationInput;
import dev.skyway.portal.cost.internal.savings.RecommendationStore;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.CostTestApplication;
import dev.skyway.testsupport.Databases;
import dev.skyway.testsupport.MutableClock;
import dev.skyway.testsupport.TestUsers;

/**
 * The savings page in a browserless Vaadin environment over the real facade on H2: the figures, the grid with its
 * per-row moves, the dismissal dialog that insists on a reason, the filters, the empty state, and no moves for
 * security. The view is built directly (browserless tests have no Spring instantiator).
 */
@SpringBootTest(classes = CostTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SavingsViewTests extends BrowserlessTest {

    static final String PAYMENTS_PROD = "382272806015";
    static final String CHECKOUT_PROD = "383317268332";
    static final int ACTIONS = 7;

    @Autowired
    CostSavings savings;

    @Autowired
    RecommendationStore store;

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
    void twoRecommendations() {
        jdbc.update("delete from cost.recommendation");
        clock.set(Instant.parse("2024-11-20T08:00:00Z"));
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        accounts.syncNow();
        store.upsert(RecommendationSource.RIGHTSIZING, List.of(resize("pay", PAYMENTS_PROD, "140"),
                resize("chk", CHECKOUT_PROD, "80")));
        TestUsers.loginAs("fay", Role.FINANCE);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    SavingsView open() {
        SavingsView view = new SavingsView(savings, (Clock) clock);
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void financeSeesTheFiguresAndMovesARecommendationFromItsRow() {
        SavingsView view = open();

        assertThat(view.cards.estimated.getText()).isEqualTo("$220.00 / month");
        assertThat(view.cards.utilization.getText()).isEqualTo("No commitment");
        assertThat(view.month.getValue()).hasToString("2024-11");
        GridTester<?, Recommendation> grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getRow(0).target().accountName()).isEqualTo("payments-prod");
        assertThat(labels(view, 0)).containsExactly("Accept", "Dismiss");

        test(button(view, 0, "Accept")).click();

        assertThat(savings.find(grid.getRow(0).id()).status()).isEqualTo(RecommendationStatus.ACCEPTED);
        assertThat(labels(view, 0)).containsExactly("Mark done", "Dismiss", "Reopen");
        assertThat(view.cards.estimated.getText()).isEqualTo("$220.00 / month"); // accepted still counts
    }

    @Test
    void dismissingAsksWhyAndRefusesABlankReason() {
        SavingsView view = open();
        Recommendation first = test(view.grid).getRow(0);

        test(button(view, 0, "Dismiss")).click();
        SavingsDismissDialog dialog = $(SavingsDismissDialog.class).first();
        test(dialog.dismiss).click();

        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("The reason is required to dismiss a recommendation");
        assertThat(dialog.isOpened()).isTrue();
        test(dialog.reason).setValue("the instance is retired next month");
        test(dialog.dismiss).click();

        assertThat(dialog.isOpened()).isFalse();
        Recommendation dismissed = savings.find(first.id());
        assertThat(dismissed.status()).isEqualTo(RecommendationStatus.DISMISSED);
        assertThat(dismissed.tracking().reason()).isEqualTo("the instance is retired next month");
        assertThat(view.cards.estimated.getText()).isEqualTo("$80.00 / month");
    }

    @Test
    void filtersNarrowTheGridAndTheEmptyStateIsOnlyForNoRecommendationsAtAll() {
        SavingsView view = open();
        savings.accept(test(view.grid).getRow(0).id());

        test(view.status).selectItem("Open");
        assertThat(test(view.grid).size()).isEqualTo(1);
        test(view.kind).selectItem("Savings Plan");
        assertThat(test(view.grid).size()).isZero();
        assertThat(view.grid.isVisible()).isTrue();
        assertThat(view.empty.isVisible()).isFalse();

        jdbc.update("delete from cost.recommendation");
        SavingsView none = open();
        assertThat(none.grid.isVisible()).isFalse();
        assertThat(none.empty.isVisible()).isTrue();
    }

    @Test
    void anEngineerSeesTheirTeamsRecommendationsAndSecurityCannotMoveAny() {
        TestUsers.loginAs("erin", Role.ENGINEER);
        SavingsView erins = open();
        assertThat(test(erins.grid).size()).isEqualTo(1);
        assertThat(test(erins.grid).getRow(0).externalId()).isEqualTo("pay");
        assertThat(erins.cards.estimated.getText()).isEqualTo("$140.00 / month");
        assertThat(erins.grid.getColumns().get(ACTIONS).isVisible()).isTrue();

        TestUsers.loginAs("sam", Role.SECURITY);
        SavingsView sams = open();
        assertThat(test(sams.grid).size()).isEqualTo(1);
        assertThat(sams.grid.getColumns().get(ACTIONS).isVisible()).isFalse();
        assertThat(savings.recommendations(RecommendationFilter.ALL)).hasSize(1);
    }

    @Test
    void aSharedLinkRestoresTheFiltersAndTheMonth() {
        savings.accept(store.find(RecommendationFilter.ALL, null).getFirst().id());
        SavingsView view = open();
        BeforeEnterEvent link = mock(BeforeEnterEvent.class);
        when(link.getLocation()).thenReturn(new Location("cost/savings", QueryParameters.simple(Map.of(
                "status", "accepted", "kind", "nonsense", "month", "2024-10"))));

        view.beforeEnter(link);

        assertThat(view.status.getValue()).isEqualTo(RecommendationStatus.ACCEPTED);
        assertThat(view.kind.getValue()).isNull(); // a hand-edited value shows every kind rather than fail
        assertThat(view.month.getValue()).hasToString("2024-10");
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(view.cards.coverage.getText()).isEqualTo("—");
    }

    List<String> labels(SavingsView view, int row) {
        HorizontalLayout cell = (HorizontalLayout) test(view.grid).getCellComponent(row, ACTIONS);
        return cell.getChildren().map(c -> ((Button) c).getText()).toList();
    }

    Button button(SavingsView view, int row, String label) {
        HorizontalLayout cell = (HorizontalLayout) test(view.grid).getCellComponent(row, ACTIONS);
        return cell.getChildren().map(Button.class::cast).filter(b -> b.getText().equals(label)).findFirst()
                .orElseThrow();
    }

    static RecommendationInput resize(String id, String account, String savings) {
        return new RecommendationInput(RecommendationSource.RIGHTSIZING, id, RecommendationKind.RIGHTSIZE, account,
                "i-" + id, "Amazon Elastic Compute Cloud", "Resize i-" + id + " from m5.2xlarge to m5.xlarge", "USD",
                new BigDecimal("300"), new BigDecimal(savings));
    }
}
