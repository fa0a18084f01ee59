package dev.skyway.testsupport;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

import dev.skyway.portal.approvals.ChangeFreezes;
import dev.skyway.portal.approvals.HeldStage;
import dev.skyway.portal.approvals.StageHold;
import dev.skyway.portal.approvals.SubjectAttributes;
import dev.skyway.portal.approvals.SubjectRef;

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
    TestFreezes testFreezes() {
        return new TestFreezes();
    }

    /** A change freeze tests switch on per account ({@code *}: every account); holds nothing until told to. */
    public static class TestFreezes implements ChangeFreezes {

        private final Map<String, StageHold> frozen = new ConcurrentHashMap<>();
        private final List<HeldStage> held = new CopyOnWriteArrayList<>();
        private final List<String> exempt = new CopyOnWriteArrayList<>();

        public void freeze(String account, StageHold hold) {
            frozen.put(account, hold);
        }

        public void thaw(String account) {
            frozen.remove(account);
        }

        /** Lets the subject through every freeze. */
        public void exempt(String subjectId) {
            exempt.add(subjectId);
        }

        public void clear() {
            frozen.clear();
            held.clear();
            exempt.clear();
        }

        @Override
        public boolean exempts(StageHold hold, SubjectRef subject) {
            return exempt.contains(subject.id());
        }

        /** What this source was told it holds. */
        public List<HeldStage> held() {
            return held;
        }

        @Override
        public Optional<StageHold> holdFor(SubjectRef subject, SubjectAttributes attributes) {
            StageHold hold = attributes.account() == null ? null : frozen.get(attributes.account());
            return Optional.ofNullable(hold != null ? hold : frozen.get("*"));
        }

        @Override
        public void held(HeldStage stage) {
            held.add(stage);
        }
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
