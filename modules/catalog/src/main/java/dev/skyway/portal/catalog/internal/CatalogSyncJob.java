package dev.skyway.portal.catalog.internal;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
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

    // the scheduled interval, also the least time between two runs across replicas
    private final Duration interval;

    CatalogSyncJob(SyncRunner runner, CatalogSync sync,
            @Value("${portal.catalog.sync-interval:PT1H}") Duration interval) {
        this.interval = interval;
        this.runner = runner;
        this.sync = sync;
    }

    // the defaults repeat CatalogProperties' (placeholders are the way to feed @Scheduled)
    @Scheduled(initialDelayString = "${portal.catalog.sync-initial-delay:PT10S}",
            fixedDelayString = "${portal.catalog.sync-interval:PT1H}")
    @SchedulerLock(name = "catalog-scheduled-sync", lockAtMostFor = "PT30M")
    void sync() {
        runner.runScheduled(sync, interval);
    }
}
