package dev.skyway.portal.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ScheduleTests {

    static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
    static final Schedule HOURLY = new Schedule(Duration.ofHours(1), Duration.ZERO);

    @Test
    void aJobThatNeverRanIsDue() {
        assertThat(HOURLY.due(null, NOW)).isTrue();
    }

    @Test
    void aStartWithinNineTenthsOfTheIntervalLeavesTheTickOut() {
        assertThat(HOURLY.due(NOW.minus(Duration.ofMinutes(53)), NOW)).isFalse();
        assertThat(HOURLY.due(NOW.minus(Duration.ofMinutes(54)), NOW)).as("exactly nine tenths ago").isTrue();
        assertThat(HOURLY.due(NOW.minus(Duration.ofMinutes(55)), NOW)).isTrue();
    }

    @Test
    void anIntervalMustBePositiveAndAnInitialDelayNotNegative() {
        assertThatThrownBy(() -> new Schedule(Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interval must be positive");
        assertThatThrownBy(() -> new Schedule(Duration.ofHours(1), Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be negative");
    }
}
