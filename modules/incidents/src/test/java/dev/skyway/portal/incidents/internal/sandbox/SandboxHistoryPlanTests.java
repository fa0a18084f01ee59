package dev.skyway.portal.incidents.internal.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.skyway.portal.incidents.IncidentStatus;
import dev.skyway.portal.incidents.IncidentTimestamps;
import dev.skyway.portal.incidents.Severity;

/** The sandbox history: the same every time, nothing open, mostly minor severities, postmortems on closed ones. */
class SandboxHistoryPlanTests {

    static final LocalDate TODAY = LocalDate.parse("2026-12-03");
    static final List<SandboxHistoryPlan.Account> ACCOUNTS = List.of(
            new SandboxHistoryPlan.Account("111111111111", "payments"),
            new SandboxHistoryPlan.Account("222222222222", null));

    @Test
    void theHistoryIsDeterministicAndNothingInItIsOpen() {
        List<SandboxHistoryPlan.Planned> plan = SandboxHistoryPlan.plan(ACCOUNTS, TODAY);

        assertThat(plan).isEqualTo(SandboxHistoryPlan.plan(ACCOUNTS, TODAY));
        assertThat(plan).hasSizeBetween(45, 120);
        assertThat(plan).allSatisfy(p -> {
            assertThat(p.status()).isIn(IncidentStatus.RESOLVED, IncidentStatus.CLOSED);
            IncidentTimestamps t = p.timestamps();
            assertThat(t.impactStartedAt()).isBefore(t.detectedAt());
            assertThat(t.detectedAt()).isBefore(t.acknowledgedAt());
            assertThat(t.acknowledgedAt()).isBefore(t.mitigatedAt());
            assertThat(t.mitigatedAt()).isBefore(t.resolvedAt());
            assertThat(p.status() == IncidentStatus.CLOSED).isEqualTo(t.closedAt() != null);
            assertThat(p.status() == IncidentStatus.CLOSED).isEqualTo(!p.actionItems().isEmpty());
            assertThat(LocalDate.ofInstant(t.detectedAt(), java.time.ZoneOffset.UTC))
                    .isBetween(TODAY.minusDays(SandboxHistoryPlan.DAYS), TODAY.minusDays(1));
        });
        long minor = plan.stream().filter(p -> p.severity().compareTo(Severity.SEV3) >= 0).count();
        assertThat(minor).isGreaterThan(plan.size() * 7L / 10);
        assertThat(plan).anyMatch(p -> p.actionItems().stream().anyMatch(i -> !i.done() && i.due().isBefore(TODAY)));
        assertThat(plan).extracting(SandboxHistoryPlan.Planned::team).contains("payments", "platform");
    }

    @Test
    void withoutAccountsThereIsNoHistory() {
        assertThat(SandboxHistoryPlan.plan(List.of(), TODAY)).isEmpty();
    }
}
