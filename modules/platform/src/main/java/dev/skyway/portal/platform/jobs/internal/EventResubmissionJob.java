package dev.skyway.portal.platform.jobs.internal;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Resubmits incomplete event publications every {@code portal.events.resubmit-interval} (off with
 * {@code portal.events.resubmit=false}), so a listener that failed, or never ran because a replica died after the
 * commit, is delivered without waiting for a restart. One replica resubmits at a time (ShedLock), and Spring
 * Modulith claims each publication (status {@code RESUBMITTED}) before it invokes the listener again. Listeners are
 * idempotent, as for any redelivery.
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.events.resubmit", matchIfMissing = true)
class EventResubmissionJob {

    private final IncompleteEventPublications publications;
    private final EventsProperties properties;
    private final Clock clock;

    EventResubmissionJob(IncompleteEventPublications publications, EventsProperties properties, Clock clock) {
        this.publications = publications;
        this.properties = properties;
        this.clock = clock;
    }

    // the defaults repeat EventsProperties' (placeholders are the way to feed @Scheduled)
    @Scheduled(initialDelayString = "${portal.events.resubmit-interval:PT1M}",
            fixedDelayString = "${portal.events.resubmit-interval:PT1M}")
    @SchedulerLock(name = "event-resubmission", lockAtMostFor = "PT10M")
    void resubmit() {
        publications.resubmitIncompletePublications(new ResubmissionDue(clock.instant(),
                properties.resubmitAfter()));
    }
}
