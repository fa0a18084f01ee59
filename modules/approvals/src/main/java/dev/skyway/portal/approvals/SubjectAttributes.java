package dev.skyway.portal.approvals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.money.Money;

/**
 * The facts about a subject that policies route on, and the fields approvers read.
 *
 * @param environment  {@code dev}, {@code staging} or {@code prod} (lower case); absent when not applicable
 * @param monthlyCost  estimated monthly cost, never negative; absent when unknown (then "below a threshold" never
 *                     matches and "above a threshold" always does: unknown cost is treated as expensive)
 * @param product      product name or id
 * @param account      AWS account id or name
 * @param team         the owning team (team-lead stages ask its leads)
 * @param display      what approvers read (e.g. {@code justification}, {@code summary}), in order; a missing map
 *                     means none
 * @throws IllegalArgumentException when {@code monthlyCost} is negative
 */
public record SubjectAttributes(@Nullable String environment, @Nullable Money monthlyCost, @Nullable String product,
                                @Nullable String account, @Nullable String team, SubjectAction action,
                                Map<String, String> display) {

    public SubjectAttributes {
        Objects.requireNonNull(action, "action");
        if (monthlyCost != null && monthlyCost.isNegative()) {
            // a negative cost would pass every "below" threshold of the policies
            throw new IllegalArgumentException("amount must not be negative");
        }
        environment = environment == null || environment.isBlank() ? null : environment.strip().toLowerCase();
        display = display == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(display));
    }

    /** Attributes for a preview or test: no product, account or display fields. */
    public static SubjectAttributes of(@Nullable String environment, @Nullable Money monthlyCost, @Nullable String team,
                                       SubjectAction action) {
        return new SubjectAttributes(environment, monthlyCost, null, null, team, action, Map.of());
    }
}
