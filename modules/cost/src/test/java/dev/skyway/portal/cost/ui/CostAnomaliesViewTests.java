package dev.skyway.portal.cost.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.QueryParameters;

import dev.skyway.portal.cost.CostAnomaly;
import dev.skyway.portal.platform.changes.AccountChange;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.RecordedAccountChanges;
import dev.skyway.testsupport.TestUsers;

/**
 * The anomalies page: an anomaly of payments-prod's EC2 spend, stored as the detector would store it, shows what
 * moved, what the portal changed on the account in the week before, and where to look next, opens from a link, and
 * takes feedback; an engineer of another team does not see it.
 */
class CostAnomaliesViewTests extends CostViewTest {

    static final LocalDate DAY = LocalDate.parse("2024-10-15");
    static final String ACCOUNT = "382272806015";
    UUID id;

    @Autowired
    RecordedAccountChanges portalChanges;

    @AfterEach
    void forgetTheChanges() {
        portalChanges.forget();
    }

    @BeforeEach
    void anAnomalyOfPaymentsProdEc2() {
        noCostData();
        id = UUID.randomUUID();
        jdbc.update("""
                insert into cost.anomaly (id, source, charge_date, dimension, dimension_key, label,
                    sub_account_id, team, service_name, currency, expected, actual, impact, score, contributors,
                    detected_at)
                values (?, 'PORTAL', ?, 'SubAccountId/ServiceName', ?, ?, '382272806015', 'payments',
                    'Amazon Elastic Compute Cloud', 'USD', 40.00, 412.50, 372.50, 18.4, ?, ?)""",
                id, DAY, "382272806015/Amazon Elastic Compute Cloud",
                "payments-prod · Amazon Elastic Compute Cloud",
                "[{\"dimension\":\"RegionId\",\"key\":\"eu-west-1\",\"delta\":350.25},"
                        + "{\"dimension\":\"PricingCategory\",\"key\":\"On-Demand\",\"delta\":22.25}]",
                java.sql.Timestamp.from(NOW));
    }

    CostAnomaliesView open(String query) {
        CostAnomaliesView view = attached(new CostAnomaliesView(insights, reports, clock));
        view.show(QueryParameters.fromString(query));
        return view;
    }

    @Test
    void anAnomalyExplainsWhatMovedAndLinksToItsBreakdownAndAccount() {
        CostAnomaliesView view = open("");

        assertThat(view.from.getValue()).isEqualTo(TODAY.minusDays(89));
        assertThat(test(view.grid).size()).isOne();
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("payments-prod · Amazon Elastic Compute Cloud");
        assertThat(test(view.grid).getCellText(0, 4)).isEqualTo("+$372.50");

        AnomalyDetails details = attached(view.details(test(view.grid).getRow(0)));

        assertThat(details.contributors.getChildren().map(c -> ((ListItem) c).getText()))
                .containsExactly("Region eu-west-1: +$350.25", "Pricing category On-Demand: +$22.25");
        assertThat(details.getChildren().flatMap(c -> c.getChildren()).filter(Anchor.class::isInstance)
                .map(a -> ((Anchor) a).getHref())).anySatisfy(href -> assertThat(QueryParameters.fromString(
                        href.substring(href.indexOf('?') + 1))).isEqualTo(QueryParameters.fromString(
                        "from=2024-10-08&to=2024-10-22&groupBy=RegionId&SubAccountId=382272806015"
                                + "&ServiceName=Amazon%20Elastic%20Compute%20Cloud")))
                .contains("accounts/382272806015");
    }

    @Test
    void thePortalsChangesOnTheAccountInTheWeekBeforeAreListedWithLinksToTheirRequests() {
        UUID request = UUID.randomUUID();
        portalChanges.record(change(ACCOUNT, "2024-10-14T09:30:00Z", "Provisioned batch-workers (EC2 fleet 1.0)",
                "requests/" + request));
        portalChanges.record(change(ACCOUNT, "2024-10-07T23:00:00Z", "Provisioned last-month (EC2 fleet 1.0)",
                "requests/" + UUID.randomUUID()));
        portalChanges.record(change(ACCOUNT, "2024-10-16T00:00:00Z", "Terminated batch-workers (EC2 fleet 1.0)",
                "requests/" + UUID.randomUUID()));
        portalChanges.record(change("111122223333", "2024-10-14T09:30:00Z", "Provisioned elsewhere (S3 1.0)",
                "requests/" + UUID.randomUUID()));

        assertThat(insights.anomalies(DAY, DAY.plusDays(1))).singleElement().satisfies(a ->
                assertThat(a.changes()).singleElement().satisfies(c -> {
                    assertThat(c.at()).isEqualTo(Instant.parse("2024-10-14T09:30:00Z"));
                    assertThat(c.kind()).isEqualTo(AccountChange.PRODUCT_PROVISIONED);
                    assertThat(c.title()).isEqualTo("Provisioned batch-workers (EC2 fleet 1.0)");
                    assertThat(c.link()).isEqualTo("requests/" + request);
                    assertThat(c.actor()).isEqualTo("Erin Engineer");
                }));

        CostAnomaliesView view = open("");
        AnomalyDetails details = attached(view.details(test(view.grid).getRow(0)));

        assertThat(details.changes.getChildren()).singleElement().satisfies(item -> {
            assertThat(item.getElement().getTextRecursively()).contains("Provisioned batch-workers (EC2 fleet 1.0)")
                    .endsWith(" · asked by Erin Engineer");
            assertThat(item.getChildren().filter(Anchor.class::isInstance).map(a -> ((Anchor) a).getHref()))
                    .containsExactly("requests/" + request);
        });
        assertThat(details.noChanges.isAttached()).isFalse();
        assertThat(insights.feedback(id, "PLANNED").changes()).as("the anomaly after feedback keeps its changes")
                .hasSize(1);
    }

    @Test
    void withoutChangesInTheWeekBeforeTheDetailsSaySo() {
        portalChanges.record(change(ACCOUNT, "2024-10-01T09:30:00Z", "Provisioned long-ago (EC2 fleet 1.0)",
                "requests/" + UUID.randomUUID()));

        CostAnomaliesView view = open("");
        AnomalyDetails details = attached(view.details(test(view.grid).getRow(0)));

        assertThat(details.noChanges.getText())
                .isEqualTo("No changes by the portal on this account in the 7 days before.");
        assertThat(details.changes.isAttached()).isFalse();
    }

    static AccountChange change(String account, String at, String title, String link) {
        return new AccountChange(account, Instant.parse(at), AccountChange.PRODUCT_PROVISIONED, title,
                "Erin Engineer", link, "provisioning");
    }

    @Test
    void feedbackIsRecordedAndShown() {
        CostAnomaliesView view = open("anomaly=" + id);
        assertThat(view.grid.isDetailsVisible(test(view.grid).getRow(0))).isTrue();

        test(attached(view.details(test(view.grid).getRow(0))).feedback.get("PLANNED")).click();

        assertThat(insights.anomalies(DAY, DAY.plusDays(1))).extracting(CostAnomaly::feedback)
                .containsExactly("PLANNED");
        assertThat(jdbc.queryForObject("select feedback_by from cost.anomaly where id = ?", String.class, id))
                .isEqualTo("fay");
        assertThat(test(view.grid).getCellText(0, 6)).isEqualTo("Planned");
    }

    @Test
    void anEngineerOfAnotherTeamDoesNotSeeIt() {
        TestUsers.loginAs("erin", Role.ENGINEER);
        jdbc.update("update cost.anomaly set team = 'checkout'");

        CostAnomaliesView view = open("");

        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class, view).id("anomalies-scope").getText())
                .isEqualTo("Showing: team payments");
    }
}
