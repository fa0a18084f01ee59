package dev.skyway.portal.approvals.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import dev.skyway.portal.platform.identity.Role;

/**
 * {@code portal.approvals.*}.
 *
 * @param defaultSla       a stage's due time when the policy gives none (default PT24H)
 * @param reminderBefore   how long before the due time approvers are reminded (default PT4H)
 * @param fallbackRole     who is asked when a stage misses its due time and the policy names nobody (default
 *                         PLATFORM_ADMIN)
 * @param slaCheckInterval how often the SLA job runs (default PT5M)
 * @param inboxUrl         absolute URL of the inbox for notifications; without one, no link
 * @param teamLeads        team -> its leads, for the configuration-backed {@code TeamDirectory}: each one
 *                         {@code issuer#subject}, or a bare username for a local demo user
 */
@Validated
@ConfigurationProperties("portal.approvals")
public record ApprovalsProperties(Duration defaultSla, Duration reminderBefore, Role fallbackRole,
                                  Duration slaCheckInterval, @Nullable String inboxUrl,
                                  Map<String, List<String>> teamLeads) {

    public ApprovalsProperties {
        defaultSla = positive(defaultSla, Duration.ofHours(24), "default-sla");
        reminderBefore = reminderBefore == null ? Duration.ofHours(4) : reminderBefore;
        fallbackRole = fallbackRole == null ? Role.PLATFORM_ADMIN : fallbackRole;
        slaCheckInterval = positive(slaCheckInterval, Duration.ofMinutes(5), "sla-check-interval");
        teamLeads = teamLeads == null ? Map.of() : Map.copyOf(teamLeads);
    }

    private static Duration positive(Duration value, Duration fallback, String name) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("portal.approvals." + name + " must be positive");
        }
        return value;
    }
}
