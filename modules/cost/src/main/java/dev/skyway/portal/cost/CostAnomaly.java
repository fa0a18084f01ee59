package dev.skyway.portal.cost;

import java.math.BigDecimal;
import java.time.Instant;
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
 * @param changes      what the portal changed on the anomaly's account in the days before (and on its day), newest
 *                     first: the requests and account changes that may explain it; empty without an account
 */
public record CostAnomaly(UUID id, LocalDate date, String dimension, String key, String label,
                          @Nullable String accountId, @Nullable String serviceName, String currency,
                          BigDecimal expected, BigDecimal actual, BigDecimal impact, double score,
                          List<Contributor> contributors, @Nullable String feedback, String source,
                          List<Change> changes) {

    public static final List<String> FEEDBACK = List.of("EXPECTED", "UNEXPECTED", "PLANNED");

    public CostAnomaly {
        contributors = List.copyOf(contributors);
        changes = List.copyOf(changes);
    }

    /** The same anomaly with the portal's changes on its account. */
    public CostAnomaly withChanges(List<Change> portalChanges) {
        return new CostAnomaly(id, date, dimension, key, label, accountId, serviceName, currency, expected, actual,
                impact, score, contributors, feedback, source, portalChanges);
    }

    public record Contributor(String dimension, String key, BigDecimal delta) {
    }

    /**
     * A change the portal made on the anomaly's account.
     *
     * @param kind  e.g. {@code PRODUCT_PROVISIONED}, {@code ACCOUNT_VENDED}, {@code BUDGET_CHANGED}
     * @param title one line, e.g. {@code Updated orders-db (RDS PostgreSQL 1.2)}
     * @param link  the portal page that shows it, e.g. {@code requests/<id>}; absent when there is none
     * @param actor who asked for it; absent when nobody did
     */
    public record Change(Instant at, String kind, String title, @Nullable String link, @Nullable String actor) {
    }
}
