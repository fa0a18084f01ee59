package dev.skyway.portal.approvals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.skyway.portal.approvals.ApprovalMode;
import dev.skyway.portal.approvals.SubjectAction;
import dev.skyway.portal.approvals.SubjectAttributes;
import dev.skyway.portal.platform.money.Money;

/** Every rule of the shipped default policy routes what it should, first match wins. */
class PolicyRoutingTests {

    static final Policy SHIPPED = new PolicyParser(Duration.ofHours(24), "PLATFORM_ADMIN")
            .parse(PolicyStore.shippedDefault());

    static Policy.Rule route(String environment, Money cost) {
        return PolicyRouter.route(SHIPPED, "product-request",
                SubjectAttributes.of(environment, cost, "payments", SubjectAction.CREATE));
    }

    @Test
    void devUnderFiftyDollarsAMonthIsAutoApproved() {
        Policy.Rule rule = route("dev", Money.of("49.99", "USD"));
        assertThat(rule.name()).isEqualTo("dev-under-50-usd");
        assertThat(rule.autoApprove()).isTrue();
        assertThat(rule.stages()).isEmpty();
    }

    @Test
    void devAtFiftyDollarsOrUnknownCostNeedsTheTeamLeadOrAnApprover() {
        assertThat(route("dev", Money.of("50", "USD")).name()).isEqualTo("dev");
        assertThat(route("dev", null).name()).as("unknown cost is never cheap").isEqualTo("dev");
        assertThat(route("dev", Money.of("10", "EUR")).name()).as("another currency is not compared")
                .isEqualTo("dev");
    }

    @Test
    void stagingNeedsOneApproverTheTeamLeadOrTheApproverRole() {
        Policy.Rule rule = route("staging", Money.of("5", "USD"));
        assertThat(rule.name()).isEqualTo("staging");
        assertThat(rule.stages()).singleElement().satisfies(s -> {
            assertThat(s.teamLead()).isTrue();
            assertThat(s.role()).isEqualTo("APPROVER");
            assertThat(s.mode()).isEqualTo(ApprovalMode.ANY);
            assertThat(s.sla()).isEqualTo(Duration.ofHours(24));
            assertThat(s.escalateTo()).isEqualTo("PLATFORM_ADMIN");
        });
    }

    @Test
    void prodFromFiveHundredDollarsNeedsAnApproverThenFinance() {
        Policy.Rule rule = route("prod", Money.of("500.00", "USD"));
        assertThat(rule.name()).isEqualTo("prod-from-500-usd");
        assertThat(rule.stages()).extracting(Policy.StageSpec::name)
                .containsExactly("Team lead or approver", "Finance");
        assertThat(rule.stages().get(1).role()).isEqualTo("FINANCE");
        assertThat(route("prod", null).name()).as("unknown cost goes to finance too").isEqualTo("prod-from-500-usd");
    }

    @Test
    void prodBelowFiveHundredDollarsNeedsOneApprover() {
        Policy.Rule rule = route("prod", Money.of("499.99", "USD"));
        assertThat(rule.name()).isEqualTo("prod");
        assertThat(rule.stages()).hasSize(1);
    }

    @Test
    void anythingElseFallsToTheCatchAllRule() {
        assertThat(route(null, Money.of("1", "USD")).name()).isEqualTo("everything-else");
    }

    @Test
    void conditionsOnTypeActionTeamProductAndAccountAllMustHold() {
        var when = new Policy.Condition(java.util.Set.of("waiver"), java.util.Set.of(),
                java.util.Set.of(SubjectAction.TERMINATE), java.util.Set.of(), java.util.Set.of("123"),
                java.util.Set.of("payments"), null, null);
        var terminate = new SubjectAttributes("prod", null, null, "123", "payments", SubjectAction.TERMINATE,
                null);
        assertThat(PolicyRouter.matches(when, "waiver", terminate)).isTrue();
        assertThat(PolicyRouter.matches(when, "product-request", terminate)).isFalse();
        assertThat(PolicyRouter.matches(when, "waiver", new SubjectAttributes("prod", null, null, "123",
                "payments", SubjectAction.UPDATE, null))).isFalse();
        assertThat(PolicyRouter.matches(when, "waiver", new SubjectAttributes("prod", null, null, "999",
                "payments", SubjectAction.TERMINATE, null))).isFalse();
    }
}
