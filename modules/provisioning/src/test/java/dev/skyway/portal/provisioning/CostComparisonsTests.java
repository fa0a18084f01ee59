package dev.skyway.portal.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.platform.money.Money;
import dev.skyway.portal.provisioning.internal.requests.TeamEstimates;
import dev.skyway.testsupport.TestUsers;

/**
 * Without the cost module every actual and accuracy is unknown (empty, never 0); a failing cost module is unknown
 * too rather than a broken page; only approvers, admins and finance compare teams, over the last 90 days.
 */
class CostComparisonsTests {

    static final Instant NOW = Instant.parse("2026-05-21T08:00:00Z");
    final TeamEstimates estimates = mock(TeamEstimates.class);
    final CurrentUser currentUser = new CurrentUser(new StaticListableBeanFactory()
            .getBeanProvider(SecurityContextHolderStrategy.class));

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void withoutTheCostModuleNothingIsKnown() {
        CostComparisons none = comparisons(null);
        TestUsers.loginAs("avery", Role.APPROVER);

        assertThat(none.connected()).isFalse();
        assertThat(none.actuals(List.of(UUID.randomUUID()))).isEmpty();
        assertThat(none.teamAccuracy("payments")).isEmpty();
    }

    @Test
    void aFailingCostModuleIsUnknownNotABrokenPage() {
        CostComparisons failing = comparisons(new ResourceCosts() {
            @Override
            public Map<UUID, ActualCost> actualMonthlyCosts(Collection<UUID> resourceIds) {
                throw new IllegalStateException("database down");
            }

            @Override
            public EstimateAccuracy accuracy(List<EstimatedResource> resources) {
                throw new IllegalStateException("database down");
            }
        });
        TestUsers.loginAs("avery", Role.APPROVER);
        when(estimates.provisionedSince(eq("payments"), any())).thenReturn(List.of(new EstimatedResource(
                UUID.randomUUID(), "db", Money.of("10", "USD"))));

        assertThat(failing.connected()).isTrue();
        assertThat(failing.actual(UUID.randomUUID())).isEmpty();
        assertThat(failing.teamAccuracy("payments")).isEmpty();
    }

    @Test
    void onlyApproversAdminsAndFinanceCompareTeamsOverTheLast90Days() {
        FakeCosts fake = new FakeCosts();
        CostComparisons comparisons = comparisons(fake);
        TestUsers.loginAs("erin", Role.ENGINEER);
        assertThat(comparisons.mayCompareTeams()).isFalse();
        assertThatThrownBy(() -> comparisons.teamAccuracy("payments")).isInstanceOf(AccessDeniedException.class);

        TestUsers.loginAs("fay", Role.FINANCE);
        when(estimates.provisionedSince("payments", NOW.minus(CostComparisons.ACCURACY_WINDOW))).thenReturn(List.of());
        assertThat(comparisons.teamAccuracy("payments")).contains(EstimateAccuracy.NO_HISTORY);
        assertThat(fake.asked).as("nothing to ask the cost module about").isZero();
    }

    private CostComparisons comparisons(ResourceCosts costs) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (costs != null) {
            beans.addBean("resourceCosts", costs);
        }
        return new CostComparisons(beans.getBeanProvider(ResourceCosts.class), estimates, currentUser,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static final class FakeCosts implements ResourceCosts {
        int asked;

        @Override
        public Map<UUID, ActualCost> actualMonthlyCosts(Collection<UUID> resourceIds) {
            asked++;
            return Map.of();
        }

        @Override
        public EstimateAccuracy accuracy(List<EstimatedResource> resources) {
            asked++;
            return EstimateAccuracy.NO_HISTORY;
        }
    }
}
