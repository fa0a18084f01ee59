package dev.skyway.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Boots the platform and the approvals module for the engine's facade and data-layer tests. Lives outside
 * {@code dev.skyway.portal} so the real application's component scan never picks it up.
 */
@SpringBootApplication(scanBasePackages = {"dev.skyway.portal.platform", "dev.skyway.portal.approvals"})
@EnableMethodSecurity(jsr250Enabled = true)
public class ApprovalsTestApplication {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }

    @Bean
    RecordedEvents recordedEvents() {
        return new RecordedEvents();
    }

    /** Every approvals event published, in order (synchronously, as it is published). */
    public static class RecordedEvents {

        private final List<Object> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(Object event) {
            if (event.getClass().getPackageName().equals("dev.skyway.portal.approvals")) {
                events.add(event);
            }
        }

        public <T> List<T> ofType(Class<T> type) {
            return events.stream().filter(type::isInstance).map(type::cast).toList();
        }

        public void clear() {
            events.clear();
        }
    }
}
