package dev.skyway.portal.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.skyway.portal.platform.money.Money;

/** A subject's cost routes it, so it is never negative (Money itself allows credits and refunds). */
class SubjectAttributesTests {

    @Test
    void aNegativeMonthlyCostIsRefused() {
        assertThatThrownBy(() -> SubjectAttributes.of("dev", Money.of("-0.01", "USD"), "payments",
                SubjectAction.CREATE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount must not be negative");
    }

    @Test
    void zeroAndUnknownCostsAreAccepted() {
        assertThat(SubjectAttributes.of("dev", Money.of("0", "USD"), "payments", SubjectAction.CREATE).monthlyCost())
                .isEqualTo(Money.of("0", "USD"));
        assertThat(SubjectAttributes.of("dev", null, "payments", SubjectAction.CREATE).monthlyCost()).isNull();
    }
}
