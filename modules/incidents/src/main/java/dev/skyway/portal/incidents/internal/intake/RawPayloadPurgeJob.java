package dev.skyway.portal.incidents.internal.intake;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import dev.skyway.portal.incidents.internal.IncidentsProperties;
import dev.skyway.portal.platform.jobs.PeriodicJob;
import dev.skyway.portal.platform.jobs.Schedule;

/**
 * Deletes the raw payloads older than {@code portal.incidents.raw-payload-retention} (default 30 days) every
 * {@code portal.incidents.raw-payload-purge-interval} (default 1 hour, the first 5 minutes after start), once per
 * interval across replicas; off with {@code portal.incidents.raw-payload-purge.scheduled=false}. The alerts they
 * raised stay.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.incidents.raw-payload-purge.scheduled", matchIfMissing = true)
class RawPayloadPurgeJob implements PeriodicJob {

    private static final Logger log = LoggerFactory.getLogger(RawPayloadPurgeJob.class);

    private final RawPayloadStore payloads;
    private final Duration retention;
    private final Clock clock;
    private final Schedule schedule;

    RawPayloadPurgeJob(RawPayloadStore payloads, IncidentsProperties properties, Clock clock) {
        this.payloads = payloads;
        this.retention = properties.rawPayloadRetention();
        this.clock = clock;
        this.schedule = new Schedule(properties.rawPayloadPurgeInterval(), Duration.ofMinutes(5));
    }

    @Override
    public String name() {
        return "incidents-raw-payload-purge";
    }

    @Override
    public Schedule schedule() {
        return schedule;
    }

    @Override
    public void run() {
        int deleted = payloads.purgeBefore(clock.instant().minus(retention));
        if (deleted > 0) {
            log.info("Deleted {} raw alert payload(s) older than {}", deleted, retention);
        }
    }
}
