package dev.skyway.portal.cost.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.skyway.portal.cost.SharedCostRule;
import dev.skyway.portal.cost.Showback;

/** Each team's shared part says which rule it comes from; a month without cost has no lines, rules or not. */
class ShowbackCalculatorTests {

    static final SharedCostRule TAX = rule("Tax", "CHARGE_CATEGORY", "Tax", "EVEN", Map.of());
    static final SharedCostRule SUPPORT = rule("Support", "SERVICE", "AWS Support", "FIXED",
            Map.of("payments", new BigDecimal("75"), "checkout", new BigDecimal("25")));

    @Test
    void eachTeamsSharedPartNamesTheRulesItComesFrom() {
        List<ShowbackCalculator.Spend> spend = List.of(
                new ShowbackCalculator.Spend("payments", "Amazon EC2", "1", "Usage", new BigDecimal("60")),
                new ShowbackCalculator.Spend("checkout", "Amazon RDS", "2", "Usage", new BigDecimal("30")),
                new ShowbackCalculator.Spend(null, "Amazon S3", "3", "Usage", new BigDecimal("5")),
                new ShowbackCalculator.Spend(null, "Tax", "3", "Tax", new BigDecimal("10")),
                new ShowbackCalculator.Spend(null, "AWS Support", "3", "Usage", new BigDecimal("40")));

        ShowbackCalculator.Result result = ShowbackCalculator.split(spend, List.of(TAX, SUPPORT));

        assertThat(result.lines()).extracting(Showback.Line::team, l -> l.total().stripTrailingZeros().toPlainString(),
                Showback.Line::shares).containsExactly(
                tuple("payments", "95", List.of(new Showback.Share("Tax", "EVEN", new BigDecimal("5.0000000000")),
                        new Showback.Share("Support", "FIXED", new BigDecimal("30.0000000000")))),
                tuple("checkout", "45", List.of(new Showback.Share("Tax", "EVEN", new BigDecimal("5.0000000000")),
                        new Showback.Share("Support", "FIXED", new BigDecimal("10.0000000000")))),
                tuple(Showback.UNALLOCATED, "5", List.of()));
        assertThat(result.lines()).allSatisfy(l -> assertThat(l.shares().stream().map(Showback.Share::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(l.shared()));
    }

    @Test
    void aMonthWithoutCostHasNoLinesEvenWithRules() {
        ShowbackCalculator.Result result = ShowbackCalculator.split(List.of(), List.of(TAX, SUPPORT));

        assertThat(result.lines()).isEmpty();
        assertThat(result.pools()).extracting(Showback.Pool::rule).containsExactly("Tax", "Support");
    }

    private static SharedCostRule rule(String name, String match, String value, String method,
                                       Map<String, BigDecimal> shares) {
        return new SharedCostRule(UUID.randomUUID(), name, match, value, method, shares, "fay", Instant.EPOCH);
    }
}
