package dev.skyway.portal.app.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Slows password guessing and password spraying: a username that failed {@code maxFailures} times within the
 * window is refused from every address, and an address that failed that often is refused for every username, until
 * the window ends; even the right password is refused meanwhile (otherwise the refusal would tell the attacker
 * when they guessed right). In memory, per replica.
 */
final class LoginThrottle {

    private final LoginThrottleProperties properties;
    private final Clock clock;
    private final FailureWindows<String> byUsername;
    private final FailureWindows<String> byAddress;

    LoginThrottle(LoginThrottleProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.byUsername = new FailureWindows<>(clock, properties.window());
        this.byAddress = new FailureWindows<>(clock, properties.window());
    }

    /** How long this login attempt must wait, or empty if it may be tried now. */
    Optional<Duration> retryAfter(String username, String address) {
        if (!properties.enabled()) {
            return Optional.empty();
        }
        return Stream.of(byUsername.open(normalized(username)), byAddress.open(address))
                .flatMap(Optional::stream)
                .filter(window -> window.count() >= properties.maxFailures())
                .map(window -> Duration.between(clock.instant(), window.end()))
                .max(Duration::compareTo);
    }

    void failed(String username, String address) {
        byUsername.record(normalized(username));
        byAddress.record(address);
    }

    /** A correct password ends the username's count (not the address's: one known password must not reset it). */
    void succeeded(String username) {
        byUsername.forget(normalized(username));
    }

    /** Forgets every count (tests that lock a demo user out put it back). */
    void forgetAll() {
        byUsername.drainAll();
        byAddress.drainAll();
    }

    private static String normalized(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
