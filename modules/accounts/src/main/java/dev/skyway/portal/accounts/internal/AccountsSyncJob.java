package dev.skyway.portal.accounts.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import dev.skyway.portal.platform.jobs.PeriodicJob;
import dev.skyway.portal.platform.jobs.Schedule;
import dev.skyway.portal.platform.jobs.SyncRunner;

/**
 * The scheduled sync ({@code portal.accounts.sync-interval} after the previous one ended, the first
 * {@code portal.accounts.sync-initial-delay} after start; off with {@code portal.accounts.scheduled-sync=false}).
 * Once per interval across replicas; a manual sync within it also leaves the scheduled one out.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.accounts.scheduled-sync", matchIfMissing = true)
class AccountsSyncJob implements PeriodicJob {

    private final SyncRunner runner;
    private final AccountsSync sync;
    private final Schedule schedule;

    AccountsSyncJob(SyncRunner runner, AccountsSync sync, AccountsProperties properties) {
        this.runner = runner;
        this.sync = sync;
        this.schedule = new Schedule(properties.syncInterval(), properties.syncInitialDelay());
    }

    @Override
    public String name() {
        return "accounts-scheduled-sync";
    }

    @Override
    public Schedule schedule() {
        return schedule;
    }

    @Override
    public void run() {
        runner.runScheduled(sync, schedule);
    }
}
