package dev.skyway.portal.provisioning.internal.requests;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Follows provisioning records every {@code portal.catalog.provisioning-poll-interval} (off with
 * {@code portal.catalog.provisioning-poll=false}); one replica polls at a time.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.catalog.provisioning-poll", matchIfMissing = true)
class ProvisioningPollJob {

    private final RequestLifecycle lifecycle;

    ProvisioningPollJob(RequestLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    // the defaults repeat ProvisioningProperties' (placeholders are the way to feed @Scheduled)
    @Scheduled(initialDelayString = "${portal.catalog.provisioning-poll-interval:PT5S}",
            fixedDelayString = "${portal.catalog.provisioning-poll-interval:PT5S}")
    @SchedulerLock(name = "catalog-provisioning-poll", lockAtMostFor = "PT5M")
    void poll() {
        lifecycle.poll();
    }
}
