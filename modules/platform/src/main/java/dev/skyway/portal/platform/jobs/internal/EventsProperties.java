package dev.skyway.portal.platform.jobs.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.events.*}: resubmitting event publications whose listener failed or never ran, without a restart.
 * Null arguments take the documented defaults.
 *
 * @param resubmit         resubmit on a schedule; default true
 * @param resubmitAfter    a publication is resubmitted once it is this old, and again at most this often; default 5 min
 * @param resubmitInterval pause between two looks for publications to resubmit; default 1 min
 */
@ConfigurationProperties("portal.events")
public record EventsProperties(Boolean resubmit, Duration resubmitAfter, Duration resubmitInterval) {

    public EventsProperties {
        resubmit = resubmit == null || resubmit;
        resubmitAfter = resubmitAfter == null ? Duration.ofMinutes(5) : resubmitAfter;
        resubmitInterval = resubmitInterval == null ? Duration.ofMinutes(1) : resubmitInterval;
    }
}
