package dev.skyway.portal.approvals.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.skyway.portal.platform.money.Money;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/** The preview body is refused while it is read when its cost is negative (a 400, not a failure in the handler). */
class PolicyPreviewBodyTests {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aNegativeCostMakesTheBodyUnreadable() {
        assertThatThrownBy(() -> json.readValue("{\"subjectType\":\"product-request\",\"monthlyCost\":"
                + "{\"amount\":-5,\"currency\":\"USD\"}}", ApprovalPoliciesController.Preview.class))
                .isInstanceOf(DatabindException.class).hasMessageContaining("amount must not be negative");
    }

    @Test
    void aCostOfZeroOrMoreIsRead() {
        assertThat(json.readValue("{\"subjectType\":\"product-request\",\"monthlyCost\":"
                + "{\"amount\":\"12.50\",\"currency\":\"USD\"}}", ApprovalPoliciesController.Preview.class)
                .monthlyCost()).isEqualTo(Money.of("12.50", "USD"));
    }
}
