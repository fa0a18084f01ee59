package dev.skyway.portal.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A day whose cost for one account and service stood out from its trailing 28 days, and why.
 *
 * @param dimension    what {@code key} is, e.g. {@code SubAccountId/ServiceName}
 * @param key          e.g. {@code 382272806015/Amazon Elastic Compute Cloud}
 * @param label        what people read, e.g. {@code payments-prod · Amazon Elastic Compute Cloud}
 * @param expected     the trailing median
 * @param score        the modified z-score
 * @param contributors what moved on that day against the baseline (region, usage type, resource), largest first
 * @param feedback     {@code EXPECTED}, {@code UNEXPECTED} or {@code PLANNED}; absent until someone says
 * @param source       {@code PORTAL} (detected here) or {@code AWS} (Cost Anomaly Detection)
 */
public record CostAnomaly(UUID id, LocalDate date, String dimension, String key, String label,
                          @Nullable String accountId, @Nullable String serviceName, String currency,
                          BigDecimal expected, BigDecimal actual, BigDecimal impact, double score,
                          List<Contributor> contributors, @Nullable String feedback, String source) {

    public static final List<String> FEEDBACK = List.of("EXPECTED", "UNEXPECTED", "PLANNED");

    public record Contributor(String dimension, String key, BigDecimal delta) {
    }
}
