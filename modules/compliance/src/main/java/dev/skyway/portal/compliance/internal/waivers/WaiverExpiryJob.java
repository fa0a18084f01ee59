package dev.skyway.portal.compliance.internal.waivers;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Runs the waiver expiry pass every {@code portal.compliance.waivers.expiry-check-interval} (off with
 * {@code portal.compliance.waivers.expiry-check=false}); one replica at a time.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.compliance.waivers.expiry-check", matchIfMissing = true)
class WaiverExpiryJob {

    private final WaiverExpiry expiry;

    WaiverExpiryJob(WaiverExpiry expiry) {
        this.expiry = expiry;
    }

    // the defaults repeat WaiverProperties' (placeholders are the way to feed @Scheduled)
    @Scheduled(initialDelayString = "${portal.compliance.waivers.expiry-check-interval:PT1H}",
            fixedDelayString = "${portal.compliance.waivers.expiry-check-interval:PT1H}")
    @SchedulerLock(name = "compliance-waiver-expiry", lockAtMostFor = "PT30M")
    void run() {
        expiry.run();
    }
}
