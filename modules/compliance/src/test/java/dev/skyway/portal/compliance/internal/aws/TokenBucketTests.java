package dev.skyway.portal.compliance.internal.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The client-side rate limiter on a clock that only its waits move. */
class TokenBucketTests {

    final AwsStubs.Pauses pauses = new AwsStubs.Pauses();

    @Test
    void aBurstPassesAtOnceThenRequestsArePacedAtTheRate() {
        TokenBucket bucket = new TokenBucket(3, 6, pauses.clock, pauses);

        for (int i = 0; i < 6; i++) {
            bucket.take();
        }
        assertThat(pauses.pauses).isEmpty();

        bucket.take();
        bucket.take();
        assertThat(pauses.pauses).hasSize(2);
        assertThat(pauses.pauses.get(0)).isBetween(Duration.ofMillis(333), Duration.ofMillis(334));
        // the second waited for its own token, a third of a second after the first one's
        assertThat(pauses.pauses.get(1)).isBetween(Duration.ofMillis(333), Duration.ofMillis(334));
    }

    @Test
    void idleTimeRefillsUpToTheBurstOnly() {
        TokenBucket bucket = new TokenBucket(3, 6, pauses.clock, pauses);
        for (int i = 0; i < 6; i++) {
            bucket.take();
        }

        pauses.clock.advance(Duration.ofMinutes(5));
        for (int i = 0; i < 6; i++) {
            bucket.take();
        }
        assertThat(pauses.pauses).isEmpty();
        bucket.take();
        assertThat(pauses.pauses).hasSize(1);
    }

    @Test
    void aSteadyCallerGetsTheRate() {
        TokenBucket bucket = new TokenBucket(3, 6, pauses.clock, pauses);

        for (int i = 0; i < 36; i++) {
            bucket.take();
        }

        // 6 at once, 30 more at 3 per second
        Duration waited = pauses.pauses.stream().reduce(Duration.ZERO, Duration::plus);
        assertThat(waited).isBetween(Duration.ofMillis(9_990), Duration.ofMillis(10_010));
    }

    @Test
    void aBucketNeedsARateAndABurst() {
        assertThatThrownBy(() -> new TokenBucket(0, 6, pauses.clock, pauses))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenBucket(3, 0, pauses.clock, pauses))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
