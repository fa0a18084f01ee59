package dev.skyway.portal.accounts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What an engineer asks for (the form and {@code POST /api/v1/account-requests}). Any field may be left out; the
 * facade checks them all and names each broken rule.
 *
 * @param monthlyBudget in USD, more than 0, at most two decimals
 * @param baseline      ids of the baselines to deploy (see {@link AccountRequests#baselines()})
 * @param tags          extra account tags; {@code owner-team}, {@code cost-center} and {@code environment} are set
 *                      by the portal from their own fields
 */
public record NewAccountRequest(@Nullable String accountName, @Nullable String accountEmail,
                                @Nullable String organizationalUnitId, @Nullable String ssoUserFirstName,
                                @Nullable String ssoUserLastName, @Nullable String ssoUserEmail,
                                @Nullable String ownerTeam, @Nullable String costCenter, @Nullable String environment,
                                @Nullable BigDecimal monthlyBudget, List<String> baseline, Map<String, String> tags,
                                @Nullable String justification) {

    public NewAccountRequest {
        baseline = baseline == null ? List.of() : java.util.Collections.unmodifiableList(
                new java.util.ArrayList<>(baseline));
        tags = tags == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tags));
    }
}
