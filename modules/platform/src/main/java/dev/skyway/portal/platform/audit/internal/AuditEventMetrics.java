package dev.skyway.portal.platform.audit.internal;

import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import dev.skyway.portal.platform.audit.AuditableEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;

/**
 * Counts the domain events every module records in the audit ledger, by action: {@code portal.events} with the tag
 * {@code action}, e.g. {@code catalog.request-submitted}, {@code catalog.product-provisioned} and
 * {@code catalog.provisioning-failed} (product requests by outcome), {@code approval.escalated} (approval stages
 * past their due time). One counter for all modules keeps the metrics in step with the ledger at no cost to the
 * modules. Counted after the publishing transaction commits, on the replica that published the event.
 */
@Component
class AuditEventMetrics {

    static final String NAME = "portal.events";
    /** Actions are code constants; anything else is counted as {@code other} so a tag never carries user data. */
    private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9.-]{0,63}");

    private final MeterRegistry meters;

    AuditEventMetrics(ObjectProvider<MeterRegistry> meters) {
        this.meters = meters.getIfAvailable(() -> Metrics.globalRegistry);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AuditableEvent event) {
        String action = event.auditAction();
        Counter.builder(NAME)
                .description("Domain events recorded in the audit ledger, by action")
                .tag("action", ACTION.matcher(action).matches() ? action : "other")
                .register(meters)
                .increment();
    }
}
