package dev.skyway.portal.incidents.internal.sandbox;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The sandbox's incident settings ({@code portal.incidents.sandbox.*}).
 *
 * @param history whether, in sandbox mode, a start with no incidents at all generates 90 days of incident history
 *                (and one routing rule for error alerts); default true (tests turn it off)
 */
@ConfigurationProperties("portal.incidents.sandbox")
record SandboxProperties(@Nullable Boolean history) {

    SandboxProperties {
        history = history == null || history;
    }
}
