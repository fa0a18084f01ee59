package dev.skyway.portal.compliance.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.vaadin.browserless.BrowserlessTest;

import dev.skyway.portal.compliance.ComplianceWaivers;
import dev.skyway.portal.compliance.FindingStatus;
import dev.skyway.portal.compliance.InvalidComplianceQueryException;
import dev.skyway.portal.compliance.Severity;

/**
 * The waiver dialog over a stubbed facade: the facade's problems show under the fields the user typed into, those
 * about what the page filled in (the account) as one refusal, and nothing is closed.
 */
class WaiverDialogTests extends BrowserlessTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    final ComplianceWaivers waivers = mock(ComplianceWaivers.class);

    @Test
    void theFacadesProblemsShowUnderTheFieldsAndTheRestAsOneRefusal() {
        when(waivers.latestExpiry()).thenReturn(TODAY.plusDays(365));
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("reason", "is required");
        problems.put("expiresOn", "must be at most 365 days ahead (by 2027-12-01), as the policy says");
        problems.put("accountId", "must be a 12-digit AWS account id");
        when(waivers.request(any())).thenThrow(new InvalidComplianceQueryException(problems,
                "The waiver request has wrong fields"));
        WaiverDialog dialog = new WaiverDialog(waivers, HomeRulesTests.finding(Severity.HIGH, FindingStatus.FAIL,
                false, false), TODAY, waiver -> {
        });
        dialog.open();
        roundTrip(); // a dialog attaches itself to the UI on the round trip after open()

        test(dialog.submit).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("Reason is required");
        assertThat(dialog.expiresOn.isInvalid()).isTrue();
        assertThat(dialog.expiresOn.getErrorMessage()).isEqualTo(
                "Last day must be at most 365 days ahead (by 2027-12-01), as the policy says");
        assertThat(dialog.compensatingControl.isInvalid()).isFalse();
        assertThat(dialog.resource.isInvalid()).isFalse();
        assertThat(dialog.general.isVisible()).isTrue();
        assertThat(dialog.general.getText()).isEqualTo(
                "The request was refused: accountId must be a 12-digit AWS account id.");
    }
}
