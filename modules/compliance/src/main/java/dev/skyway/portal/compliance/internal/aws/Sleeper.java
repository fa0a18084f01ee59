package dev.skyway.portal.compliance.internal.aws;

import java.time.Duration;

/** Waits: between throttled attempts, for a rate limiter's next token, between drift-status polls. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration pause) throws InterruptedException;

    /** The real wait; tests pass one that records the pause (and moves their clock). */
    static Sleeper threadSleep() {
        return Thread::sleep;
    }

    /** Sleeps, turning an interrupt into an {@link IllegalStateException} (the flag stays set). */
    default void pause(Duration pause, String waitingFor) {
        try {
            sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + waitingFor, e);
        }
    }
}
