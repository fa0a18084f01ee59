package dev.skyway.portal.incidents.internal.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.skyway.portal.incidents.IncidentFilter;
import dev.skyway.portal.incidents.IncidentStatus;
import dev.skyway.portal.incidents.IncidentsValidationException;
import dev.skyway.portal.incidents.Severity;

/** The list's parameters as people type them: a reference searches by number, words search the title. */
class IncidentQueryTests {

    @Test
    void aReferenceSearchesByNumberAndWordsByTitle() {
        assertThat(IncidentQuery.of(new IncidentFilter(null, null, null, "inc-42", null)).number()).isEqualTo(42L);
        assertThat(IncidentQuery.of(new IncidentFilter(null, null, null, "42", null)).number()).isEqualTo(42L);
        IncidentQuery words = IncidentQuery.of(new IncidentFilter(null, null, null, " Checkout DB ", null));
        assertThat(words.number()).isNull();
        assertThat(words.text()).isEqualTo("checkout db");
    }

    @Test
    void openMeansNotYetResolvedAndBlankMeansAny() {
        IncidentQuery open = IncidentQuery.of(new IncidentFilter("open", "sev2", " ", "", "NEWEST"));

        assertThat(open.statuses()).containsExactlyInAnyOrder(IncidentStatus.TRIGGERED, IncidentStatus.ACKNOWLEDGED,
                IncidentStatus.MITIGATED);
        assertThat(open.severity()).isEqualTo(Severity.SEV2);
        assertThat(open.accountId()).isNull();
        assertThat(open.text()).isNull();
        assertThat(open.sort()).isEqualTo(IncidentQuery.Sort.NEWEST);
        assertThat(IncidentQuery.of(IncidentFilter.ALL).sort()).isEqualTo(IncidentQuery.Sort.OPEN);
    }

    @Test
    void everyBadParameterIsNamed() {
        assertThatThrownBy(() -> IncidentQuery.of(new IncidentFilter("gone", "SEV0", "abc", "x".repeat(256), "up")))
                .isInstanceOfSatisfying(IncidentsValidationException.class, e -> assertThat(e.problems())
                        .containsOnlyKeys("status", "severity", "accountId", "q", "sort"));
    }
}
