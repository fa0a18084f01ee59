package dev.skyway.portal.compliance.internal.waivers;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import dev.skyway.portal.platform.jobs.PeriodicJob;
import dev.skyway.portal.platform.jobs.Schedule;

/**
 * Runs the waiver expiry pass every {@code portal.compliance.waivers.expiry-check-interval} (also the delay of the
 * first one after start; off with {@code portal.compliance.waivers.expiry-check=false}), once per interval across
 * replicas.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.compliance.waivers.expiry-check", matchIfMissing = true)
class WaiverExpiryJob implements PeriodicJob {

    private final WaiverExpiry expiry;
    private final Schedule schedule;

    WaiverExpiryJob(WaiverExpiry expiry, WaiverProperties properties) {
        this.expiry = expiry;
        this.schedule = new Schedule(properties.expiryCheckInterval(), properties.expiryCheckInterval());
    }

    @Override
    public String name() {
        return "compliance-waiver-expiry";
    }

    @Override
    public Schedule schedule() {
        return schedule;
    }

    @Override
    public void run() {
        expiry.run();
    }
}
