package dev.skyway.portal.provisioning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;

import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.platform.money.Money;
import dev.skyway.portal.platform.ui.kit.Formats;
import dev.skyway.portal.provisioning.ActualCost;
import dev.skyway.portal.provisioning.EstimateAccuracy;
import dev.skyway.portal.provisioning.EstimatedResource;
import dev.skyway.portal.provisioning.ProductRequestChanges;
import dev.skyway.portal.provisioning.ProvisionedResources;
import dev.skyway.portal.provisioning.SentBackChanges;
import dev.skyway.testsupport.FakeResourceCosts;
import dev.skyway.testsupport.TestUsers;

/**
 * Estimate against actual, browserless over the real facades with the cost module's part faked: an actual the cost
 * data does not know is "not known yet" (never $0) on the request, in "My resources" and on the resource page; a
 * known one stands beside the estimate with its period and ratio; approvers (not engineers) read the requesting
 * team's recent accuracy, computed over the team's resources provisioned with an estimate.
 */
class EstimateVsActualViewTests extends RequestViewTest {

    @Autowired
    ProvisionedResources resources;

    @Autowired
    ProductRequestChanges changes;

    @Autowired
    SentBackChanges sentBack;

    @Autowired
    FakeResourceCosts fake;

    @BeforeEach
    void noCostKnown() {
        fake.reset();
    }

    @Test
    void withoutCostDataTheActualIsNotKnownYetNeverZero() {
        String suffix = "est-" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = provisionedBucket(suffix);
        Money estimate = requests.get(id).estimatedMonthlyCost();
        assertThat(estimate).as("the sandbox's S3 product has a cost model").isNotNull();

        assertThat(requestPage(id)).contains("Monthly cost: Estimate " + money(estimate)
                + "/month · Actual not known yet (no cost data for it so far)")
                .doesNotContain("$0.00/month");
        assertThat(resourcePage(id)).contains("Actual not known yet");
        MyResourcesView list = new MyResourcesView(resources, costs, drifts);
        UI.getCurrent().add(list);
        list.search.setValue(suffix);
        assertThat(test(list.grid).getCellText(0, 8)).endsWith(" / not known yet");
    }

    @Test
    void aKnownActualStandsBesideTheEstimateWithItsPeriodAndRatio() {
        String suffix = "act-" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = provisionedBucket(suffix);
        Money estimate = requests.get(id).estimatedMonthlyCost();
        Money actual = estimate.times(new BigDecimal("1.12"));
        fake.actuals.put(id, new ActualCost(actual, ActualCost.Basis.LAST_FULL_MONTH, LocalDate.parse("2026-04-01"),
                LocalDate.parse("2026-04-30"), 30, ActualCost.Status.FINAL, "EffectiveCost"));

        assertThat(requestPage(id)).contains("Estimate " + money(estimate) + "/month · Actual " + money(actual)
                + "/month (April 2026, final) · 112% of the estimate");
        assertThat(resourcePage(id)).contains("(April 2026, final) · 112% of the estimate");
        MyResourcesView list = new MyResourcesView(resources, costs, drifts);
        UI.getCurrent().add(list);
        list.search.setValue(suffix);
        assertThat(test(list.grid).getCellText(0, 8)).endsWith("(112%)").doesNotContain("not known");
    }

    @Test
    void approversReadTheRequestingTeamsRecentAccuracyEngineersDoNot() {
        UUID id = provisionedBucket("acc-" + UUID.randomUUID().toString().substring(0, 8));
        Money estimate = requests.get(id).estimatedMonthlyCost();
        assertThat(requestPage(id)).doesNotContain("Recent estimates");

        TestUsers.loginAs("avery", Role.APPROVER);
        assertThat(requestPage(id)).contains("Recent estimates of team payments: no history yet");
        assertThat(fake.askedAbout.getLast()).contains(new EstimatedResource(id, requests.get(id).provisionedName(),
                estimate));

        Money usd = Money.of("100", "USD");
        fake.accuracy = new EstimateAccuracy(6, Money.of("1000", "USD"), Money.of("1120", "USD"),
                List.of(new EstimateAccuracy.Miss(id, "big-one", usd, Money.of("190", "USD"))));
        assertThat(requestPage(id)).contains("Recent estimates of team payments: actual was 112% of estimates over 6 "
                + "resources in the last 90 days. Worst misses: big-one (estimate $100.00/month, actual "
                + "$190.00/month).");
    }

    private static String money(Money money) {
        return Formats.money(money.amount(), money.currency());
    }

    private String requestPage(UUID id) {
        RequestDetailView page = new RequestDetailView(requests, changes, sentBack, costs);
        UI.getCurrent().add(page);
        page.show(requests.get(id), requests.process(id).orElse(null));
        return page.getElement().getTextRecursively();
    }

    private String resourcePage(UUID id) {
        ResourceDetailView page = new ResourceDetailView(resources, costs, drifts);
        UI.getCurrent().add(page);
        page.show(resources.get(id));
        return page.getElement().getTextRecursively();
    }
}
