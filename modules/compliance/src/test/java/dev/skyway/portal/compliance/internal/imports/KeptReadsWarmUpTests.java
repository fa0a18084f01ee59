package dev.skyway.portal.compliance.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.after;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.atMost;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.skyway.portal.compliance.internal.findings.FindingsVersion;
import dev.skyway.portal.compliance.internal.scores.ScoreInputs;
import dev.skyway.portal.compliance.internal.trends.ChangeQueries;
import dev.skyway.testsupport.MutableClock;

class KeptReadsWarmUpTests {

    static final Instant NOW = Instant.parse("2026-12-04T15:42:10Z");

    @Test
    void importsThatFinishWhileAReadRunsAskForOneMoreReadOfTheOrganizationsStatusesAndChanges() throws Exception {
        ScoreInputs inputs = mock(ScoreInputs.class);
        ChangeQueries changes = mock(ChangeQueries.class);
        CountDownLatch release = new CountDownLatch(1);
        doAnswer(invocation -> {
            release.await(5, TimeUnit.SECONDS);
            return Map.of();
        }).when(inputs).controlStatuses(isNull(), org.mockito.ArgumentMatchers.any());
        try (KeptReadsWarmUp warmUp = new KeptReadsWarmUp(inputs, changes, version(1),
                Clock.fixed(NOW, ZoneOffset.UTC))) {
            warmUp.afterImport();
            verify(inputs, timeout(2_000)).controlStatuses(null, LocalDate.of(2026, 12, 4));
            for (int i = 0; i < 20; i++) {
                warmUp.afterImport();
            }
            release.countDown();
            verify(changes, timeout(2_000).times(2)).since(Instant.parse("2026-12-03T15:00:00Z"), null);
            verify(inputs, atLeastOnce()).controlStatuses(null, LocalDate.of(2026, 12, 4));
            verify(inputs, atMost(2)).controlStatuses(null, LocalDate.of(2026, 12, 4));
        }
    }

    @Test
    void aReplicaReadsAgainWhenTheFindingsChangedElsewhereOrTheHourMovedAndOnlyThen() {
        ScoreInputs inputs = mock(ScoreInputs.class);
        ChangeQueries changes = mock(ChangeQueries.class);
        FindingsVersion version = version(1);
        MutableClock clock = new MutableClock();
        clock.set(NOW);
        try (KeptReadsWarmUp warmUp = new KeptReadsWarmUp(inputs, changes, version, clock)) {
            warmUp.whenChangedElsewhere();
            verify(changes, timeout(2_000)).since(Instant.parse("2026-12-03T15:00:00Z"), null);

            warmUp.whenChangedElsewhere();
            clock.set(NOW.plusSeconds(60));
            warmUp.whenChangedElsewhere();
            verify(changes, after(300).times(1)).since(Instant.parse("2026-12-03T15:00:00Z"), null);

            when(version.current()).thenReturn(List.of(2));
            warmUp.whenChangedElsewhere();
            verify(changes, timeout(2_000).times(2)).since(Instant.parse("2026-12-03T15:00:00Z"), null);

            clock.set(Instant.parse("2026-12-04T16:00:01Z"));
            warmUp.whenChangedElsewhere();
            verify(changes, timeout(2_000)).since(Instant.parse("2026-12-03T16:00:00Z"), null);
            verify(inputs, times(3)).controlStatuses(null, LocalDate.of(2026, 12, 4));
        }
    }

    @Test
    void keptResultsAreReadAgainBeforeTheirTimeBoundAndTheNextHoursAndDaysAheadOfTime() {
        ScoreInputs inputs = mock(ScoreInputs.class);
        ChangeQueries changes = mock(ChangeQueries.class);
        MutableClock clock = new MutableClock();
        Instant firstRead = Instant.parse("2026-12-04T23:10:00Z");
        clock.set(firstRead);
        try (KeptReadsWarmUp warmUp = new KeptReadsWarmUp(inputs, changes, version(1), clock)) {
            warmUp.whenChangedElsewhere();
            verify(changes, timeout(2_000)).since(Instant.parse("2026-12-03T23:00:00Z"), null);

            // nothing changed: nothing read until the kept results near their time bound (within the hour)
            assertThat(firstRead.plus(KeptReadsWarmUp.RENEW_AFTER)).isBefore(Instant.parse("2026-12-04T23:57:00Z"));
            clock.set(firstRead.plus(KeptReadsWarmUp.RENEW_AFTER).minusSeconds(60));
            warmUp.whenChangedElsewhere();
            verify(inputs, after(300).never()).readStatusesAgain(any(), any());
            clock.set(firstRead.plus(KeptReadsWarmUp.RENEW_AFTER).plusSeconds(60));
            warmUp.whenChangedElsewhere();
            verify(inputs, timeout(2_000)).readStatusesAgain(null, LocalDate.of(2026, 12, 4));
            verify(changes, timeout(2_000)).readAgain(Instant.parse("2026-12-03T23:00:00Z"), null);

            // three minutes before midnight: the next day's statuses and the next hour's changes, once
            clock.set(Instant.parse("2026-12-04T23:57:30Z"));
            warmUp.whenChangedElsewhere();
            clock.set(Instant.parse("2026-12-04T23:58:30Z"));
            warmUp.whenChangedElsewhere();
            verify(inputs, timeout(2_000)).controlStatuses(null, LocalDate.of(2026, 12, 5));
            verify(changes, timeout(2_000)).since(Instant.parse("2026-12-04T00:00:00Z"), null);
            verify(changes, after(300).times(1)).since(Instant.parse("2026-12-04T00:00:00Z"), null);
            verify(inputs, times(1)).readStatusesAgain(any(), any());
        }
    }

    static FindingsVersion version(int n) {
        FindingsVersion version = mock(FindingsVersion.class);
        when(version.current()).thenReturn(List.of(n));
        return version;
    }
}
