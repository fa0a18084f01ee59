package dev.skyway.portal.platform.jobs.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.EventPublication.Status;

/**
 * Which incomplete publications to resubmit now: those whose listener failed ({@code FAILED}) or never started
 * ({@code PUBLISHED}), published at least {@code age} ago and not resubmitted within the last {@code age}, so a
 * listener that keeps failing is retried at that pace rather than on every run. {@code PROCESSING} and
 * {@code RESUBMITTED} ones may still be running somewhere: Spring Modulith's staleness monitor
 * ({@code spring.modulith.events.staleness.*}) marks them {@code FAILED} once they are stuck, and then they qualify.
 */
record ResubmissionDue(Instant now, Duration age) implements Predicate<EventPublication> {

    @Override
    public boolean test(EventPublication publication) {
        Status status = publication.getStatus();
        if (status != null && status != Status.FAILED && status != Status.PUBLISHED) {
            return false;
        }
        Instant cutoff = now.minus(age);
        Instant lastResubmission = publication.getLastResubmissionDate();
        return !publication.getPublicationDate().isAfter(cutoff)
                && (lastResubmission == null || !lastResubmission.isAfter(cutoff));
    }
}
