package dev.skyway.portal.provisioning.internal.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.platform.money.Money;
import dev.skyway.portal.provisioning.Purpose;
import dev.skyway.portal.provisioning.RequestAction;
import dev.skyway.portal.provisioning.RequestStatus;
import dev.skyway.portal.provisioning.RequestedProduct;
import dev.skyway.portal.provisioning.Target;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** {@code portal.provisioning.duration}: one timing per run that ends, from submission, with its outcome. */
class ProvisioningMetricsTests {

    static final Instant SUBMITTED = Instant.parse("2025-03-01T10:00:00Z");
    static final Instant ENDED = SUBMITTED.plus(Duration.ofMinutes(7));
    static final PortalUser ALICE = new PortalUser("local", "alice-sub", "alice", "Alice", null, "payments",
            Set.of(), Set.of(Role.ENGINEER));

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final ProvisioningMetrics metrics = new ProvisioningMetrics(meters);

    @Test
    void aProvisionedCreateIsTimedFromItsSubmission() {
        metrics.saved(in(RequestStatus.PROVISIONING, RequestAction.CREATE).provisioned(ENDED), ENDED);

        Timer timer = meters.get(ProvisioningMetrics.NAME)
                .tags("outcome", "provisioned", "action", "create", "product", "prod-s3").timer();
        assertThat(timer.count()).isEqualTo(1);
        assertThat(timer.totalTime(TimeUnit.MINUTES)).isEqualTo(7.0);
    }

    @Test
    void aFailedRunAndAFinishedTerminationAreTimedWithTheirOutcome() {
        metrics.saved(in(RequestStatus.PROVISIONING, RequestAction.UPDATE).fail("AccessDenied", ENDED), ENDED);
        metrics.saved(in(RequestStatus.TERMINATING, RequestAction.TERMINATE).terminated(ENDED), ENDED);

        assertThat(meters.get(ProvisioningMetrics.NAME).tags("outcome", "failed", "action", "update").timer().count())
                .isEqualTo(1);
        assertThat(meters.get(ProvisioningMetrics.NAME).tags("outcome", "terminated", "action", "terminate").timer()
                .count()).isEqualTo(1);
    }

    @Test
    void movesThatEndNoRunAreNotTimed() {
        RequestRow resource = in(RequestStatus.TERMINATING, RequestAction.CREATE);
        metrics.saved(resource.terminated(ENDED), ENDED);                     // the resource of a termination
        metrics.saved(in(RequestStatus.PROVISIONING, RequestAction.CREATE).accepted("rec-1", ENDED), ENDED);
        metrics.saved(in(RequestStatus.APPROVED, RequestAction.CREATE).startProvisioning(ENDED), ENDED);

        assertThat(meters.find(ProvisioningMetrics.NAME).timers()).isEmpty();
    }

    private static RequestRow in(RequestStatus status, RequestAction action) {
        RequestRow r = RequestRow.pending(UUID.randomUUID(), action, action == RequestAction.CREATE ? null
                        : UUID.randomUUID(), ALICE, new RequestedProduct("prod-s3", "S3 bucket", "v-1", "1.0"),
                new Target("dev", "111122223333"), new Purpose("logs", null), Money.of("3.20", "USD"), "bucket-1",
                SUBMITTED);
        return new RequestRow(r.id(), r.action(), r.resourceId(), r.requester(), r.requesterKey(), r.product(),
                r.target(), r.purpose(), r.estimate(), r.approval(), r.provisionedName(), status, null, r.attempt(),
                r.health(), r.timing());
    }
}
