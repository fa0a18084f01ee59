package dev.skyway.portal.compliance.internal.sandbox;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The sandbox's compliance settings ({@code portal.compliance.sandbox.*}).
 *
 * @param seed whether, in sandbox mode, the first start generates 90 days of findings, score snapshots and drift;
 *             default true (tests turn it off and import their own)
 */
@ConfigurationProperties("portal.compliance.sandbox")
record SandboxProperties(@Nullable Boolean seed) {

    SandboxProperties {
        seed = seed == null || seed;
    }
}
