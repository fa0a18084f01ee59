package dev.skyway.portal.provisioning.internal.requests;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.skyway.portal.provisioning.RequestAction;
import dev.skyway.portal.provisioning.RequestStatus;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;

/**
 * {@code portal.provisioning.duration}: how long a request took from its submission to its end (provisioned,
 * terminated or failed), tagged with {@code outcome}, {@code action} and {@code product} (the catalog's product id).
 * The time includes the approval wait: the request does not keep when its call was launched. Recorded once per run,
 * after the transaction that ended it commits (a retried request is timed again from its submission).
 */
@Component
class ProvisioningMetrics {

    static final String NAME = "portal.provisioning.duration";
    /** Catalog product ids ({@code prod-...}); anything else is tagged {@code other} so a tag never carries user data. */
    private static final Pattern PRODUCT_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

    private final MeterRegistry meters;

    @Autowired
    ProvisioningMetrics(ObjectProvider<MeterRegistry> meters) {
        this(meters.getIfAvailable(() -> Metrics.globalRegistry));
    }

    ProvisioningMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    /** Times {@code transition} if it ends a run: its request was provisioning (or terminating) and now is not. */
    void saved(Transition transition, Instant now) {
        RequestRow before = transition.before();
        RequestRow after = transition.after();
        // a resource (a CREATE request) also goes TERMINATING -> TERMINATED with its TERMINATE request: not a run
        RequestStatus running = before.action() == RequestAction.TERMINATE ? RequestStatus.TERMINATING
                : RequestStatus.PROVISIONING;
        boolean ended = after.status() == RequestStatus.PROVISIONED || after.status() == RequestStatus.TERMINATED
                || after.status() == RequestStatus.FAILED;
        if (before.status() != running || !ended) {
            return;
        }
        Duration took = Duration.between(before.timing().createdAt(), now);
        Timer timer = Timer.builder(NAME)
                .description("Product requests from submission to provisioned, terminated or failed")
                .tag("outcome", after.status().name().toLowerCase(Locale.ROOT))
                .tag("action", after.action().name().toLowerCase(Locale.ROOT))
                .tag("product", PRODUCT_ID.matcher(after.product().productId()).matches()
                        ? after.product().productId() : "other")
                .register(meters);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    timer.record(took);
                }
            });
        } else {
            timer.record(took);
        }
    }
}
