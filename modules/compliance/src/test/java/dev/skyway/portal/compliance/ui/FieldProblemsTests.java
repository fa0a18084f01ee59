package dev.skyway.portal.compliance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The facade's per-field problems of a form, placed under the fields the user typed into. */
class FieldProblemsTests {

    @Test
    void aWaiverRequestsFieldProblemsGoUnderTheirFieldsAndTheRestIntoOneMessage() {
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("reason", "is required");
        problems.put("expiresOn", "must be at most 365 days ahead (by 2027-12-03), as the policy says");
        problems.put("compensatingControl", "must be at most 4000 characters");
        problems.put("resourceId", "must be at most 2048 characters");
        problems.put("accountId", "must be a 12-digit AWS account id");

        FieldProblems placed = FieldProblems.of(WaiverDialog.FIELD_LABELS, problems);

        assertThat(placed.byField()).containsExactly(Map.entry("reason", "Reason is required"),
                Map.entry("expiresOn", "Last day must be at most 365 days ahead (by 2027-12-03), as the policy says"),
                Map.entry("compensatingControl", "Compensating control must be at most 4000 characters"),
                Map.entry("resourceId", "Resource must be at most 2048 characters"));
        assertThat(placed.general()).isEqualTo(List.of("accountId must be a 12-digit AWS account id"));
    }

    @Test
    void anAttestationsAccountIsAFieldOfItsFormWhileTheFrameworkIsNot() {
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("frameworkId", "must be the id of a framework");
        problems.put("accountId", "must be a 12-digit AWS account id");
        problems.put("evidenceFile", "must be at most 10 MB");

        FieldProblems placed = FieldProblems.of(AttestationDialog.FIELD_LABELS, problems);

        assertThat(placed.byField()).containsExactly(
                Map.entry("accountId", "Account must be a 12-digit AWS account id"),
                Map.entry("evidenceFile", "Evidence file must be at most 10 MB"));
        assertThat(placed.general()).isEqualTo(List.of("frameworkId must be the id of a framework"));
    }
}
