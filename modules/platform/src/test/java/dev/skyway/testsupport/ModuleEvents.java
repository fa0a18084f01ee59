package dev.skyway.testsupport;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.awaitility.core.ConditionTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Waits for the asynchronous module listeners (Spring Modulith runs them after the commit, on other threads) to
 * finish the events published so far. Tests that share a database between methods call it after each one, so a
 * listener still running for one test cannot change what the next test counts.
 *
 * <p>Not for a flow a test follows: that is a Spring Modulith {@code Scenario} (a stimulus, then the event or state
 * it leads to). This is a barrier over every listener any test started, including the ones no test waits for (the
 * audit ledger, notifications, provisioning started for a request the test no longer follows), which no single
 * Scenario names.
 */
public final class ModuleEvents {

    private ModuleEvents() {
    }

    /**
     * Returns when no publication is waiting or being processed, or after 10 s: a listener that failed for good
     * (status FAILED) does not count, and one that never settles is the test's own business to assert.
     */
    public static void settle(JdbcTemplate jdbc) {
        try {
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.queryForObject(
                    "select count(*) from platform.event_publication where completion_date is null "
                            + "and (status is null or status <> 'FAILED')", Integer.class) == 0);
        } catch (ConditionTimeoutException e) {
            // leave it to the next assertion; waiting longer would only hide a stuck listener
        }
    }
}
