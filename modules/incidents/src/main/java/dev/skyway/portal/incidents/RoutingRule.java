package dev.skyway.portal.incidents;

import java.time.Duration;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A rule admins keep: which new alerts it matches (each criterion that is set must hold) and what it does with them.
 * Rules are tried by position; the first that matches decides. With no rule matching, an alert opens nothing.
 *
 * @param incidentSeverity the severity of the incident it opens (OPEN_INCIDENT, ATTACH_OR_OPEN)
 * @param attachWindow     how far back an open incident on the same account may have been detected to be attached to
 */
public record RoutingRule(UUID id, int position, String name, boolean enabled, @Nullable UUID integrationId,
                          @Nullable AlertSeverity minSeverity, @Nullable String accountId, @Nullable String service,
                          RoutingAction action, @Nullable Severity incidentSeverity, @Nullable Duration attachWindow) {

    public boolean matches(Alert alert) {
        return enabled && (integrationId == null || integrationId.equals(alert.integrationId()))
                && (minSeverity == null || alert.severity().atLeast(minSeverity))
                && (accountId == null || accountId.equals(alert.accountId()))
                && (service == null || service.equalsIgnoreCase(alert.service() == null ? "" : alert.service()));
    }
}
