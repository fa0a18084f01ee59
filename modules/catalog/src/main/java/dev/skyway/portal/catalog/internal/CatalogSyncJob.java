package dev.skyway.portal.catalog.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.skyway.portal.platform.jobs.SyncRunner;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The scheduled sync ({@code portal.catalog.sync-interval} after the previous one ended; off with
 * {@code portal.catalog.scheduled-sync=false}). One replica runs each tick.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.catalog.scheduled-sync", matchIfMissing = true)
class CatalogSyncJob {

    private final SyncRunner runner;
    private final CatalogSync sync;

    CatalogSyncJob(SyncRunner runner, CatalogSync sync) {
        this.runner = runner;
        this.sync = sync;
    }

    // the defaults repeat CatalogProperties' (placeholders are the way to feed @Scheduled)
    @Scheduled(initialDelayString = "${portal.catalog.sync-initial-delay:PT10S}",
            fixedDelayString = "${portal.catalog.sync-interval:PT1H}")
    @SchedulerLock(name = "catalog-scheduled-sync", lockAtMostFor = "PT30M")
    void sync() {
        runner.run(sync);
    }
}
