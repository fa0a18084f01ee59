package dev.skyway.portal.app.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * @param absoluteLifetime how long a login lasts at most, however active the user is
 *                         ({@code PORTAL_SECURITY_SESSION_ABSOLUTELIFETIME}, e.g. {@code 12h}); the idle timeout is
 *                         {@code server.servlet.session.timeout}, but Vaadin's heartbeat keeps an open tab from ever
 *                         being idle
 */
@Validated
@ConfigurationProperties("portal.security.session")
record SessionLifetimeProperties(@DefaultValue("12h") @NotNull Duration absoluteLifetime) {
}
