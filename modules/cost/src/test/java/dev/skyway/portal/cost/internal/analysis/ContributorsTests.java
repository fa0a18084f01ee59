package dev.skyway.portal.cost.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ContributorsTests {

    private static final Map<String, Map<String, BigDecimal>> BASELINE = Map.of(
            "RegionId", Map.of("us-east-1", new BigDecimal("100"), "eu-west-1", new BigDecimal("50")),
            "x_UsageType", Map.of("BoxUsage:m5.large", new BigDecimal("80"), "DataTransfer-Out-Bytes",
                    new BigDecimal("70")),
            "ResourceId", Map.of("i-0aaa", new BigDecimal("40")));
    private static final Map<String, Map<String, BigDecimal>> ACTUAL = Map.of(
            "RegionId", Map.of("us-east-1", new BigDecimal("400.004"), "eu-west-1", new BigDecimal("45")),
            "x_UsageType", Map.of("BoxUsage:m5.large", new BigDecimal("80"), "DataTransfer-Out-Bytes",
                    new BigDecimal("370.005")),
            "ResourceId", Map.of("i-0bbb", new BigDecimal("250")),
            "ServiceName", Map.of("Amazon EC2", new BigDecimal("10")));

    @Test
    void ranksTheLargestRisesAcrossDimensions() {
        assertThat(Contributors.rank(BASELINE, ACTUAL, 10)).containsExactly(
                new Contributor("x_UsageType", "DataTransfer-Out-Bytes", new BigDecimal("300.01")),
                new Contributor("RegionId", "us-east-1", new BigDecimal("300.00")),
                new Contributor("ResourceId", "i-0bbb", new BigDecimal("250.00")),
                new Contributor("ServiceName", "Amazon EC2", new BigDecimal("10.00")));
    }

    @Test
    void keepsOnlyTheTopOnes() {
        assertThat(Contributors.rank(BASELINE, ACTUAL, 2)).extracting(Contributor::key)
                .containsExactly("DataTransfer-Out-Bytes", "us-east-1");
        assertThat(Contributors.rank(BASELINE, ACTUAL, 0)).isEmpty();
    }

    @Test
    void keysThatCostLessOrTheSameAreNoContributors() {
        assertThat(Contributors.rank(BASELINE, ACTUAL, 10)).extracting(Contributor::key)
                .doesNotContain("eu-west-1", "BoxUsage:m5.large", "i-0aaa");
        assertThat(Contributors.rank(ACTUAL, BASELINE, 10)).extracting(Contributor::key)
                .containsExactly("i-0aaa", "eu-west-1");
    }

    @Test
    void topMustNotBeNegative() {
        assertThatIllegalArgumentException().isThrownBy(() -> Contributors.rank(BASELINE, ACTUAL, -1))
                .withMessageContaining("top");
    }
}
