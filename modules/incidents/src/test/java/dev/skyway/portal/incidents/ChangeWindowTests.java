package dev.skyway.portal.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.skyway.portal.platform.identity.UserKey;

/** The window of the portal's changes: 72 hours before impact started, until resolution or now. */
class ChangeWindowTests {

    static final Instant NINE = Instant.parse("2026-12-03T09:00:00Z");
    static final Participant ERIN = new Participant(UserKey.local("erin"), "Erin");

    static Incident incident() {
        return new Incident(java.util.UUID.randomUUID(), 1, "Down", null, IncidentStatus.TRIGGERED, Severity.SEV2,
                Incident.Source.DECLARED, false, List.of("383317268332"), ERIN, ERIN,
                IncidentTimestamps.detected(NINE, NINE.minus(Duration.ofMinutes(30))), 1);
    }

    @Test
    void anOpenIncidentLooksFrom72HoursBeforeImpactUntilNow() {
        ChangeWindow window = ChangeWindow.of(incident(), NINE.plus(Duration.ofHours(2)));

        assertThat(window.from()).isEqualTo(NINE.minus(Duration.ofMinutes(30)).minus(Duration.ofHours(72)));
        assertThat(window.to()).isEqualTo(NINE.plus(Duration.ofHours(2)).plusSeconds(1));
    }

    @Test
    void aResolvedIncidentLooksUntilItWasResolved() {
        Incident resolved = incident().moveTo(IncidentStatus.RESOLVED, NINE.plus(Duration.ofHours(1)));

        ChangeWindow window = ChangeWindow.of(resolved, NINE.plus(Duration.ofDays(5)));

        assertThat(window.to()).isEqualTo(NINE.plus(Duration.ofHours(1)).plusSeconds(1));
    }
}
