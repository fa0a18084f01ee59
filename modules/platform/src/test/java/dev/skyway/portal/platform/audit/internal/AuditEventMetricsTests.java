package dev.skyway.portal.platform.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.audit.AuditableEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class AuditEventMetricsTests {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final AuditEventMetrics metrics = new AuditEventMetrics(
            new StaticListableBeanFactory(java.util.Map.of("meters", meters)).getBeanProvider(MeterRegistry.class));

    @Test
    void countsEventsByAction() {
        metrics.on(event("approval.escalated"));
        metrics.on(event("approval.escalated"));
        metrics.on(event("catalog.product-provisioned"));

        assertThat(count("approval.escalated")).isEqualTo(2);
        assertThat(count("catalog.product-provisioned")).isEqualTo(1);
    }

    @Test
    void anActionThatIsNotACodeConstantIsCountedAsOther() {
        metrics.on(event("Robert'); DROP TABLE --"));

        assertThat(count("other")).isEqualTo(1);
    }

    private double count(String action) {
        return meters.get(AuditEventMetrics.NAME).tag("action", action).counter().count();
    }

    private static AuditableEvent event(String action) {
        return new AuditableEvent() {
            @Override
            public String auditEventId() {
                return "e1";
            }

            @Override
            public AuditActor auditActor() {
                return new AuditActor("portal", "system", null);
            }

            @Override
            public String auditAction() {
                return action;
            }

            @Override
            public String auditTargetType() {
                return "test";
            }

            @Override
            public String auditTargetId() {
                return "1";
            }
        };
    }
}
