package dev.skyway.portal.incidents;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A routing rule as an admin writes it; checked by {@link RoutingRules#create}.
 *
 * @param position            where it goes among the rules (default: last)
 * @param minSeverity         critical, error, warning or info
 * @param action              OPEN_INCIDENT, ATTACH_OR_OPEN, ATTACH_ONLY or IGNORE
 * @param incidentSeverity    SEV1 to SEV4; required when the rule may open an incident
 * @param attachWindowMinutes 1 to 10080; default 60 for the attaching actions
 */
public record RoutingRuleDraft(@Nullable String name, @Nullable Integer position, @Nullable Boolean enabled,
                               @Nullable UUID integrationId, @Nullable String minSeverity,
                               @Nullable String accountId, @Nullable String service, @Nullable String action,
                               @Nullable String incidentSeverity, @Nullable Integer attachWindowMinutes) {
}
