package dev.skyway.portal.app.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Failed logins per username and per client address: after {@code maxFailures} failures within {@code window} the
 * username (from any address) and the address (for any username) are refused with 429 until the window ends.
 *
 * @param enabled     {@code PORTAL_SECURITY_LOGINTHROTTLE_ENABLED}
 * @param maxFailures {@code PORTAL_SECURITY_LOGINTHROTTLE_MAXFAILURES}
 * @param window      {@code PORTAL_SECURITY_LOGINTHROTTLE_WINDOW}, e.g. {@code 5m}; also the period over which
 *                    failed logins are summed into one audit entry
 */
@Validated
@ConfigurationProperties("portal.security.login-throttle")
record LoginThrottleProperties(@DefaultValue("true") boolean enabled,
                               @DefaultValue("10") @Min(1) int maxFailures,
                               @DefaultValue("5m") @NotNull Duration window) {
}
