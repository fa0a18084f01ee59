package dev.skyway.portal.platform.jobs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.EventPublication.Status;

/** Which incomplete publications the job resubmits now. */
class ResubmissionDueTests {

    static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    static final ResubmissionDue DUE = new ResubmissionDue(NOW, Duration.ofMinutes(5));

    @Test
    void failedOrNeverStartedPublicationsAreDueOnceOldEnough() {
        assertThat(DUE.test(publication(Status.FAILED, 6, null))).isTrue();
        assertThat(DUE.test(publication(Status.PUBLISHED, 6, null))).isTrue();
        assertThat(DUE.test(publication(Status.FAILED, 4, null))).isFalse();
    }

    @Test
    void aRecentResubmissionWaitsAnotherResubmitAfter() {
        assertThat(DUE.test(publication(Status.FAILED, 60, 2))).isFalse();
        assertThat(DUE.test(publication(Status.FAILED, 60, 6))).isTrue();
    }

    @Test
    void publicationsThatMayStillRunAreLeftToTheStalenessMonitor() {
        assertThat(DUE.test(publication(Status.PROCESSING, 60, null))).isFalse();
        assertThat(DUE.test(publication(Status.RESUBMITTED, 60, 30))).isFalse();
    }

    private static EventPublication publication(Status status, int minutesAgo, Integer resubmittedMinutesAgo) {
        return new EventPublication() {
            @Override
            public UUID getIdentifier() {
                return UUID.randomUUID();
            }

            @Override
            public Object getEvent() {
                return "event";
            }

            @Override
            public Instant getPublicationDate() {
                return NOW.minus(Duration.ofMinutes(minutesAgo));
            }

            @Override
            public Optional<Instant> getCompletionDate() {
                return Optional.empty();
            }

            @Override
            public Status getStatus() {
                return status;
            }

            @Override
            public Instant getLastResubmissionDate() {
                return resubmittedMinutesAgo == null ? null : NOW.minus(Duration.ofMinutes(resubmittedMinutesAgo));
            }

            @Override
            public int getCompletionAttempts() {
                return 1;
            }
        };
    }
}
