package dev.skyway.portal.accounts.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.skyway.portal.platform.jobs.SyncRunner;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The scheduled sync ({@code portal.accounts.sync-interval} after the previous one ended; off with
 * {@code portal.accounts.scheduled-sync=false}). One replica runs each tick.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.accounts.scheduled-sync", matchIfMissing = true)
class AccountsSyncJob {

    private final SyncRunner runner;
    private final AccountsSync sync;

    AccountsSyncJob(SyncRunner runner, AccountsSync sync) {
        this.runner = runner;
        this.sync = sync;
    }

    // the defaults repeat AccountsProperties' (placeholders are the way to feed @Scheduled)
    @Scheduled(initialDelayString = "${portal.accounts.sync-initial-delay:PT15S}",
            fixedDelayString = "${portal.accounts.sync-interval:PT1H}")
    @SchedulerLock(name = "accounts-scheduled-sync", lockAtMostFor = "PT30M")
    void sync() {
        runner.run(sync);
    }
}
