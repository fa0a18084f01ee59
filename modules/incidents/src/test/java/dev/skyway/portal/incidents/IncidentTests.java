package dev.skyway.portal.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.skyway.portal.platform.identity.UserKey;

/**
 * The incident owns its lifecycle: forward only, each step stamped when reached (skipped steps too), closed only
 * once resolved, and never the same status twice.
 */
class IncidentTests {

    static final Instant DETECTED = Instant.parse("2026-12-03T09:00:00Z");
    static final Participant ADA = new Participant(UserKey.local("ada"), "Ada");

    static Incident triggered() {
        return new Incident(UUID.randomUUID(), 7, "Checkout down", null, IncidentStatus.TRIGGERED, Severity.SEV1,
                Incident.Source.DECLARED, false, List.of("383317268332"), ADA, ADA,
                IncidentTimestamps.detected(DETECTED, DETECTED.minus(Duration.ofMinutes(12))), 1);
    }

    @Test
    void eachStepIsStampedWhenReached() {
        Incident acknowledged = triggered().moveTo(IncidentStatus.ACKNOWLEDGED, DETECTED.plusSeconds(60));
        Incident mitigated = acknowledged.moveTo(IncidentStatus.MITIGATED, DETECTED.plusSeconds(600));
        Incident resolved = mitigated.moveTo(IncidentStatus.RESOLVED, DETECTED.plusSeconds(1800));
        Incident closed = resolved.moveTo(IncidentStatus.CLOSED, DETECTED.plusSeconds(86_400));

        IncidentTimestamps t = closed.timestamps();
        assertThat(closed.status()).isEqualTo(IncidentStatus.CLOSED);
        assertThat(t.impactStartedAt()).isEqualTo(DETECTED.minus(Duration.ofMinutes(12)));
        assertThat(t.detectedAt()).isEqualTo(DETECTED);
        assertThat(t.acknowledgedAt()).isEqualTo(DETECTED.plusSeconds(60));
        assertThat(t.mitigatedAt()).isEqualTo(DETECTED.plusSeconds(600));
        assertThat(t.resolvedAt()).isEqualTo(DETECTED.plusSeconds(1800));
        assertThat(t.closedAt()).isEqualTo(DETECTED.plusSeconds(86_400));
        assertThat(closed.reference()).isEqualTo("INC-7");
    }

    @Test
    void skippingAheadStampsTheSkippedSteps() {
        Incident mitigated = triggered().moveTo(IncidentStatus.MITIGATED, DETECTED.plusSeconds(300));

        assertThat(mitigated.timestamps().acknowledgedAt()).isEqualTo(DETECTED.plusSeconds(300));
        assertThat(mitigated.timestamps().mitigatedAt()).isEqualTo(DETECTED.plusSeconds(300));
        assertThat(mitigated.timestamps().resolvedAt()).isNull();
    }

    @Test
    void theLifecycleOnlyGoesForwardAndClosesOnlyOnceResolved() {
        Incident mitigated = triggered().moveTo(IncidentStatus.MITIGATED, DETECTED);

        assertThatThrownBy(() -> mitigated.moveTo(IncidentStatus.ACKNOWLEDGED, DETECTED))
                .isInstanceOf(IncidentTransitionException.class).hasMessageContaining("only goes forward");
        assertThatThrownBy(() -> mitigated.moveTo(IncidentStatus.MITIGATED, DETECTED))
                .hasMessageContaining("already MITIGATED");
        assertThatThrownBy(() -> mitigated.moveTo(IncidentStatus.CLOSED, DETECTED))
                .hasMessageContaining("only a resolved incident is closed");
        assertThat(IncidentStatus.MITIGATED.open()).isTrue();
        assertThat(IncidentStatus.RESOLVED.open()).isFalse();
    }

    @Test
    void withoutAKnownImpactStartItIsTheDetection() {
        assertThat(IncidentTimestamps.detected(DETECTED, null).impactStartedAt()).isEqualTo(DETECTED);
    }
}
