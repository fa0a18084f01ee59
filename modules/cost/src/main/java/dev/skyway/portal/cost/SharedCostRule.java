package dev.skyway.portal.cost;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Spend that belongs to everyone (support, tax, a shared network account), split across teams in the showback.
 *
 * @param match  {@code SERVICE} (a ServiceName), {@code ACCOUNT} (an account id) or {@code CHARGE_CATEGORY}
 *               (e.g. {@code Tax})
 * @param method {@code EVEN} (equal parts for every team with direct spend), {@code PROPORTIONAL} (by each team's
 *               direct spend) or {@code FIXED} (the given percentages, which add up to 100)
 * @param shares team → percent, for {@code FIXED}
 */
public record SharedCostRule(UUID id, String name, String match, String value, String method,
                             Map<String, java.math.BigDecimal> shares, String createdBy, Instant createdAt) {

    public static final java.util.List<String> MATCHES = java.util.List.of("SERVICE", "ACCOUNT", "CHARGE_CATEGORY");
    public static final java.util.List<String> METHODS = java.util.List.of("EVEN", "PROPORTIONAL", "FIXED");
}
