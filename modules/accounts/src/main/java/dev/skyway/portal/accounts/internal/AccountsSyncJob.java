package dev.skyway.portal.accounts.internal;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
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

    // the scheduled interval, also the least time between two runs across replicas
    private final Duration interval;

    AccountsSyncJob(SyncRunner runner, AccountsSync sync,
            @Value("${portal.accounts.sync-interval:PT1H}") Duration interval) {
        this.interval = interval;
        this.runner = runner;
        this.sync = sync;
    }

    // the defaults repeat AccountsProperties' (placeholders are the way to feed @Scheduled)
    @Scheduled(initialDelayString = "${portal.accounts.sync-initial-delay:PT15S}",
            fixedDelayString = "${portal.accounts.sync-interval:PT1H}")
    @SchedulerLock(name = "accounts-scheduled-sync", lockAtMostFor = "PT30M")
    void sync() {
        runner.runScheduled(sync, interval);
    }
}
