package dev.skyway.portal.incidents.internal.intake;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.skyway.portal.incidents.internal.IncidentsProperties;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Deletes the raw payloads older than {@code portal.incidents.raw-payload-retention} (default 30 days) every
 * {@code portal.incidents.raw-payload-purge-interval} (default 1 hour); off with
 * {@code portal.incidents.raw-payload-purge.scheduled=false}. The alerts they raised stay.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.incidents.raw-payload-purge.scheduled", matchIfMissing = true)
class RawPayloadPurgeJob {

    private static final Logger log = LoggerFactory.getLogger(RawPayloadPurgeJob.class);

    private final RawPayloadStore payloads;
    private final Duration retention;
    private final Clock clock;

    RawPayloadPurgeJob(RawPayloadStore payloads, IncidentsProperties properties, Clock clock) {
        this.payloads = payloads;
        this.retention = properties.rawPayloadRetention();
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${portal.incidents.raw-payload-purge-interval:PT1H}", initialDelayString = "PT5M")
    @SchedulerLock(name = "incidents-raw-payload-purge", lockAtMostFor = "PT30M")
    void purge() {
        int deleted = payloads.purgeBefore(clock.instant().minus(retention));
        if (deleted > 0) {
            log.info("Deleted {} raw alert payload(s) older than {}", deleted, retention);
        }
    }
}
