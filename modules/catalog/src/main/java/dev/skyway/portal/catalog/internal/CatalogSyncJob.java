package dev.skyway.portal.catalog.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import dev.skyway.portal.platform.jobs.PeriodicJob;
import dev.skyway.portal.platform.jobs.Schedule;
import dev.skyway.portal.platform.jobs.SyncRunner;

/**
 * The scheduled sync ({@code portal.catalog.sync-interval} after the previous one ended, the first
 * {@code portal.catalog.sync-initial-delay} after start; off with {@code portal.catalog.scheduled-sync=false}).
 * Once per interval across replicas; a manual sync within it also leaves the scheduled one out.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.catalog.scheduled-sync", matchIfMissing = true)
class CatalogSyncJob implements PeriodicJob {

    private final SyncRunner runner;
    private final CatalogSync sync;
    private final Schedule schedule;

    CatalogSyncJob(SyncRunner runner, CatalogSync sync, CatalogProperties properties) {
        this.runner = runner;
        this.sync = sync;
        this.schedule = new Schedule(properties.syncInterval(), properties.syncInitialDelay());
    }

    @Override
    public String name() {
        return "catalog-scheduled-sync";
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
