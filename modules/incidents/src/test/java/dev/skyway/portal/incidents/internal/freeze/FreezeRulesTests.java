package dev.skyway.portal.incidents.internal.freeze;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.skyway.portal.approvals.StageHold;
import dev.skyway.portal.incidents.Incident;
import dev.skyway.portal.incidents.IncidentStatus;
import dev.skyway.portal.incidents.IncidentTimestamps;
import dev.skyway.portal.incidents.Participant;
import dev.skyway.portal.incidents.Severity;
import dev.skyway.portal.platform.identity.UserKey;

/** When an incident freezes changes, and what its hold tells approvers. */
class FreezeRulesTests {

    static final String ACCOUNT = "123456789012";

    static Incident incident(IncidentStatus status, Severity severity, boolean organizationWide,
                             List<String> accounts) {
        Participant ada = new Participant(UserKey.parse("local#ada"), "Ada");
        return new Incident(UUID.fromString("00000000-0000-0000-0000-000000000042"), 42, "Orders API errors", null,
                status, severity, Incident.Source.DECLARED, organizationWide, accounts, ada, ada,
                IncidentTimestamps.detected(Instant.parse("2026-06-01T09:00:00Z"), null), 1);
    }

    @Test
    void aSev1OrSev2FreezesUntilItIsMitigated() {
        for (Severity severity : new Severity[] {Severity.SEV1, Severity.SEV2}) {
            assertThat(FreezeRules.freezes(IncidentStatus.TRIGGERED, severity)).isTrue();
            assertThat(FreezeRules.freezes(IncidentStatus.ACKNOWLEDGED, severity)).isTrue();
            assertThat(FreezeRules.freezes(IncidentStatus.MITIGATED, severity)).isFalse();
            assertThat(FreezeRules.freezes(IncidentStatus.RESOLVED, severity)).isFalse();
            assertThat(FreezeRules.freezes(IncidentStatus.CLOSED, severity)).isFalse();
        }
    }

    @Test
    void aSev3OrSev4NeverFreezes() {
        for (IncidentStatus status : IncidentStatus.values()) {
            assertThat(FreezeRules.freezes(status, Severity.SEV3)).isFalse();
            assertThat(FreezeRules.freezes(status, Severity.SEV4)).isFalse();
        }
    }

    @Test
    void anIncidentWithoutAccountsFreezesOnlyWhenOrganizationWide() {
        assertThat(FreezeRules.freezes(incident(IncidentStatus.TRIGGERED, Severity.SEV1, false, List.of())))
                .isFalse();
        assertThat(FreezeRules.freezes(incident(IncidentStatus.TRIGGERED, Severity.SEV1, true, List.of())))
                .isTrue();
        assertThat(FreezeRules.freezes(incident(IncidentStatus.TRIGGERED, Severity.SEV2, false, List.of(ACCOUNT))))
                .isTrue();
    }

    @Test
    void theHoldNamesTheIncidentItsSeverityAndTheAccountAndLinksToIt() {
        Incident incident = incident(IncidentStatus.ACKNOWLEDGED, Severity.SEV1, false, List.of(ACCOUNT));

        StageHold hold = FreezeRules.hold(incident, ACCOUNT);

        assertThat(hold.kind()).isEqualTo("incident");
        assertThat(hold.incidentId()).isEqualTo(incident.id().toString());
        assertThat(hold.reason()).isEqualTo("Change freeze: INC-42 (SEV1) is open on account 123456789012: "
                + "Orders API errors");
        assertThat(hold.link()).isEqualTo("incidents/" + incident.id());
        assertThat(FreezeRules.hold(incident(IncidentStatus.TRIGGERED, Severity.SEV2, true, List.of()), null)
                .reason()).contains("organization-wide");
    }

    @Test
    void aHeldSubjectLinksToItsPageAndOnlyAnAccountIdIsKept() {
        assertThat(FreezeRules.subjectLink("product-request", "r-1")).isEqualTo("requests/r-1");
        assertThat(FreezeRules.subjectLink("compliance-waiver", "w-1")).isNull();
        assertThat(FreezeRules.accountId(ACCOUNT)).isEqualTo(ACCOUNT);
        assertThat(FreezeRules.accountId("payments-prod")).isNull();
    }
}
