package dev.skyway.portal.incidents.internal.intake;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.skyway.portal.incidents.internal.IncidentsProperties;
import dev.skyway.portal.platform.jobs.PeriodicJob;
import dev.skyway.portal.platform.jobs.Schedule;

/** The raw payload purge's schedule (here, not in the module's configuration, which depends on no sub-package). */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(IntakeConfiguration.class);

    /**
     * Deletes the raw payloads older than {@code portal.incidents.raw-payload-retention} (default 30 days) every
     * {@code portal.incidents.raw-payload-purge-interval} (default 1 hour, the first 5 minutes after start), once per
     * interval across replicas; off with {@code portal.incidents.raw-payload-purge.scheduled=false}. The alerts they
     * raised stay.
     */
    @Bean
    @ConditionalOnBooleanProperty(name = "portal.incidents.raw-payload-purge.scheduled", matchIfMissing = true)
    PeriodicJob rawPayloadPurgeJob(RawPayloadStore payloads, IncidentsProperties properties, Clock clock) {
        Duration retention = properties.rawPayloadRetention();
        return PeriodicJob.of("incidents-raw-payload-purge",
                new Schedule(properties.rawPayloadPurgeInterval(), Duration.ofMinutes(5)), () -> {
                    int deleted = payloads.purgeBefore(clock.instant().minus(retention));
                    if (deleted > 0) {
                        LOG.info("Deleted {} raw alert payload(s) older than {}", deleted, retention);
                    }
                });
    }
}
