package dev.skyway.portal.platform.jobs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

import dev.skyway.testsupport.MutableClock;
import dev.skyway.testsupport.PlatformTestApplication;

/**
 * An event whose listener failed is delivered by the resubmission job once it is {@code portal.events.resubmit-after}
 * old, in the running application (no restart), and its publication is completed; run on H2 and on PostgreSQL by the
 * subclasses. The job is called directly (through its ShedLock proxy) after moving the clock, instead of waiting
 * for its schedule.
 */
@SpringBootTest(classes = {PlatformTestApplication.class, EventResubmissionContract.FlakyListenerConfiguration.class},
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "portal.events.resubmit-after=PT5M")
abstract class EventResubmissionContract {

    @Autowired
    EventResubmissionJob job;

    @Autowired
    FlakyListener listener;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void freshClockAndListener() {
        clock.reset();
        listener.failNextTimes(0);
    }

    @Test
    void aListenerThatFailedOnceIsDeliveredByTheJobWithoutARestart() {
        listener.failNextTimes(1);
        String id = publish();
        await().untilAsserted(() -> assertThat(publication(id)).containsEntry("status", "FAILED"));

        job.resubmit();
        assertThat(publication(id)).as("five minutes have not passed yet").containsEntry("status", "FAILED");
        assertThat(listener.deliveries(id)).isEqualTo(1);

        clock.advance(Duration.ofMinutes(6));
        job.resubmit();

        await().untilAsserted(() -> {
            assertThat(publication(id)).containsEntry("status", "COMPLETED");
            assertThat(publication(id).get("completion_date")).isNotNull();
        });
        assertThat(listener.deliveries(id)).isEqualTo(2);
        assertThat(listener.handled(id)).isTrue();
    }

    @Test
    void aListenerThatKeepsFailingIsRetriedAtMostOncePerResubmitAfter() {
        listener.failNextTimes(10);
        String id = publish();
        await().untilAsserted(() -> assertThat(publication(id)).containsEntry("status", "FAILED"));

        clock.advance(Duration.ofMinutes(6));
        job.resubmit();
        await().untilAsserted(() -> assertThat(listener.deliveries(id)).isEqualTo(2));
        await().untilAsserted(() -> assertThat(publication(id)).containsEntry("status", "FAILED"));

        job.resubmit();
        assertThat(listener.deliveries(id)).as("resubmitted a moment ago").isEqualTo(2);

        clock.advance(Duration.ofMinutes(6));
        job.resubmit();
        await().untilAsserted(() -> assertThat(listener.deliveries(id)).isEqualTo(3));
    }

    private String publish() {
        String id = UUID.randomUUID().toString();
        transactions.executeWithoutResult(status -> events.publishEvent(new ThingToDeliver(id)));
        return id;
    }

    private Map<String, Object> publication(String id) {
        return jdbc.queryForMap("select status, completion_date from platform.event_publication "
                + "where serialized_event like ?", "%" + id + "%");
    }

    record ThingToDeliver(String id) {
    }

    /**
     * Fails as many times as it is told, then handles. Reached through methods only: the bean is a proxy (the
     * listener runs asynchronously), whose own fields are empty.
     */
    static class FlakyListener {

        private final AtomicInteger failuresLeft = new AtomicInteger();
        private final Map<String, AtomicInteger> deliveries = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.Set<String> handled = java.util.concurrent.ConcurrentHashMap.newKeySet();

        public void failNextTimes(int times) {
            failuresLeft.set(times);
        }

        public boolean handled(String id) {
            return handled.contains(id);
        }

        @ApplicationModuleListener
        void on(ThingToDeliver event) {
            deliveries.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
            if (failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("downstream is unavailable (test)");
            }
            handled.add(event.id());
        }

        public int deliveries(String id) {
            AtomicInteger count = deliveries.get(id);
            return count == null ? 0 : count.get();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FlakyListenerConfiguration {

        @Bean
        FlakyListener flakyListener() {
            return new FlakyListener();
        }
    }
}
