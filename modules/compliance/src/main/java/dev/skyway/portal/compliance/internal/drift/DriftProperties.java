package dev.skyway.portal.compliance.internal.drift;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Drift checks ({@code portal.compliance.drift.*}), in both modes.
 *
 * @param scheduled      false turns the scheduled check of every stack off; default true
 * @param interval       how often every stack is checked; default 24 hours
 * @param initialDelay   the first check after start; default 10 minutes
 * @param timeout        how long one detection may take; default 10 minutes
 * @param sandboxDetection how long the sandbox's simulated detection runs; default 4 seconds
 */
@ConfigurationProperties("portal.compliance.drift")
public record DriftProperties(@Nullable Boolean scheduled, @Nullable Duration interval, @Nullable Duration timeout,
                              @Nullable Duration sandboxDetection, @Nullable Duration initialDelay) {

    public DriftProperties {
        scheduled = scheduled == null || scheduled;
        interval = interval == null ? Duration.ofHours(24) : interval;
        timeout = timeout == null ? Duration.ofMinutes(10) : timeout;
        sandboxDetection = sandboxDetection == null ? Duration.ofSeconds(4) : sandboxDetection;
        initialDelay = initialDelay == null ? Duration.ofMinutes(10) : initialDelay;
    }
}
