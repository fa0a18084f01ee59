package dev.skyway.portal.accounts.internal.requests;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Runs a vending pass every {@code portal.accounts.vending.poll-interval} (off with
 * {@code portal.accounts.vending.poll=false}); one replica runs it at a time.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.accounts.vending.poll", matchIfMissing = true)
class VendingJob {

    private final VendingRunner runner;

    VendingJob(VendingRunner runner) {
        this.runner = runner;
    }

    // the defaults repeat VendingProperties' (placeholders are the way to feed @Scheduled)
    @Scheduled(initialDelayString = "${portal.accounts.vending.poll-interval:PT5S}",
            fixedDelayString = "${portal.accounts.vending.poll-interval:PT5S}")
    @SchedulerLock(name = "accounts-vending", lockAtMostFor = "PT10M")
    void run() {
        runner.tick();
    }
}
