package dev.skyway.portal.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.skyway.testsupport.MutableClock;

/** The login throttle's rules, on a clock the tests move: 10 failures in 5 minutes, per username and per address. */
class LoginThrottleTests {

    final MutableClock clock = new MutableClock();
    final LoginThrottle throttle = new LoginThrottle(new LoginThrottleProperties(true, 10, Duration.ofMinutes(5)), clock);

    @Test
    void nineFailuresDoNotThrottle() {
        fail(9, "alice", "10.0.0.1");

        assertThat(throttle.retryAfter("alice", "10.0.0.1")).isEmpty();
    }

    @Test
    void tenFailuresThrottleTheUsernameFromEveryAddressForTheRestOfTheWindow() {
        fail(10, "alice", "10.0.0.1");
        clock.advance(Duration.ofMinutes(1));

        assertThat(throttle.retryAfter("alice", "10.0.0.1")).hasValue(Duration.ofMinutes(4));
        assertThat(throttle.retryAfter("Alice", "192.0.2.7")).as("same user, other address").isPresent();
        assertThat(throttle.retryAfter("bob", "192.0.2.7")).as("other user, other address").isEmpty();
    }

    @Test
    void tenFailuresFromOneAddressThrottleEveryUsernameFromIt() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("sprayed-" + i, "10.0.0.2");
        }

        assertThat(throttle.retryAfter("carol", "10.0.0.2")).isPresent();
        assertThat(throttle.retryAfter("carol", "10.0.0.3")).isEmpty();
    }

    @Test
    void whenTheWindowEndsLoginsMayBeTriedAgain() {
        fail(10, "alice", "10.0.0.1");
        clock.advance(Duration.ofMinutes(5));

        assertThat(throttle.retryAfter("alice", "10.0.0.1")).isEmpty();
        throttle.failed("alice", "10.0.0.1");
        assertThat(throttle.retryAfter("alice", "10.0.0.1")).as("a new window starts at one").isEmpty();
    }

    @Test
    void failuresSpreadOverMoreThanOneWindowDoNotAddUp() {
        fail(9, "alice", "10.0.0.1");
        clock.advance(Duration.ofMinutes(6));
        fail(9, "alice", "10.0.0.1");

        assertThat(throttle.retryAfter("alice", "10.0.0.1")).isEmpty();
    }

    @Test
    void aCorrectPasswordEndsTheUsernamesCountButNotTheAddresss() {
        fail(9, "alice", "10.0.0.1");
        throttle.succeeded("alice");
        fail(9, "alice", "10.0.0.9");

        assertThat(throttle.retryAfter("alice", "10.0.0.9")).isEmpty();
        throttle.failed("mallory", "10.0.0.1");
        assertThat(throttle.retryAfter("dave", "10.0.0.1")).as("the address kept its nine").isPresent();
    }

    @Test
    void aDisabledThrottleNeverRefuses() {
        LoginThrottle disabled = new LoginThrottle(new LoginThrottleProperties(false, 10, Duration.ofMinutes(5)), clock);
        for (int i = 0; i < 50; i++) {
            disabled.failed("alice", "10.0.0.1");
        }

        assertThat(disabled.retryAfter("alice", "10.0.0.1")).isEmpty();
    }

    @Test
    void endedWindowsAreHandedOverOnceWithTheirCount() {
        FailureWindows<String> windows = new FailureWindows<>(clock, Duration.ofMinutes(5));
        windows.record("alice");
        windows.record("alice");
        windows.record("alice");

        assertThat(windows.drainEnded()).as("window still open").isEmpty();
        clock.advance(Duration.ofMinutes(5));
        assertThat(windows.drainEnded()).hasEntrySatisfying("alice", w -> assertThat(w.count()).isEqualTo(3));
        assertThat(windows.drainEnded()).isEmpty();
    }

    private void fail(int times, String username, String address) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address);
        }
    }
}
