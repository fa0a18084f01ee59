package dev.skyway.portal.app.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failures counted per key in fixed windows: the first failure opens a window of the configured length, later ones
 * in it add to its count, and the first failure after it ends opens a new one. Windows that ended are forgotten on
 * the way (a spray of made-up names cannot grow the map beyond one window's worth), or handed over by
 * {@link #drainEnded()}. Time comes from the injected clock, so tests move it.
 */
final class FailureWindows<K> {

    /** One key's failures: when its window opened, how many, the last one. */
    record Window(Instant start, Instant end, int count, Instant last) {

        Window plusOne(Instant at) {
            return new Window(start, end, count + 1, at);
        }
    }

    private static final int PURGE_ABOVE = 10_000;

    private final Clock clock;
    private final Duration length;
    private final Map<K, Window> windows = new ConcurrentHashMap<>();

    FailureWindows(Clock clock, Duration length) {
        this.clock = clock;
        this.length = length;
    }

    /** Counts a failure now; returns the key's window with it. */
    Window record(K key) {
        Instant now = clock.instant();
        if (windows.size() > PURGE_ABOVE) {
            drainEnded();
        }
        return windows.compute(key, (k, open) -> open == null || !now.isBefore(open.end())
                ? new Window(now, now.plus(length), 1, now) : open.plusOne(now));
    }

    /** The key's window if it is still open. */
    Optional<Window> open(K key) {
        Window window = windows.get(key);
        return window != null && clock.instant().isBefore(window.end()) ? Optional.of(window) : Optional.empty();
    }

    void forget(K key) {
        windows.remove(key);
    }

    /** Removes and returns the windows that have ended. */
    Map<K, Window> drainEnded() {
        Instant now = clock.instant();
        Map<K, Window> ended = new LinkedHashMap<>();
        windows.forEach((key, window) -> {
            if (!now.isBefore(window.end()) && windows.remove(key, window)) {
                ended.put(key, window);
            }
        });
        return ended;
    }

    /** Removes and returns every window, open or not (shutdown). */
    Map<K, Window> drainAll() {
        Map<K, Window> all = new LinkedHashMap<>();
        windows.forEach((key, window) -> {
            if (windows.remove(key, window)) {
                all.put(key, window);
            }
        });
        return all;
    }
}
