package dev.skyway.portal.compliance.internal.trends;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.skyway.portal.compliance.internal.ComplianceProperties;
import dev.skyway.portal.platform.jobs.PeriodicJob;
import dev.skyway.portal.platform.jobs.Schedule;

/** The daily score snapshot's schedule (here, not in the module's configuration, which depends on no sub-package). */
@Configuration(proxyBeanMethods = false)
class TrendsConfiguration {

    /**
     * Records today's scores every {@code portal.compliance.snapshot-interval} (default 1 hour; the day's last run is
     * the day's snapshot; the first {@code portal.compliance.snapshot-initial-delay} after start), off with
     * {@code portal.compliance.scheduled-snapshot=false}. Once per interval across replicas.
     */
    @Bean
    @ConditionalOnBooleanProperty(name = "portal.compliance.scheduled-snapshot", matchIfMissing = true)
    PeriodicJob scoreSnapshotJob(ScoreSnapshots snapshots, ComplianceProperties properties) {
        return PeriodicJob.of("compliance-score-snapshot",
                new Schedule(properties.snapshotInterval(), properties.snapshotInitialDelay()), snapshots::takeToday);
    }
}
