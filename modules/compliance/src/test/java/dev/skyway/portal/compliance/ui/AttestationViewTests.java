package dev.skyway.portal.compliance.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;

import dev.skyway.portal.compliance.Attestation;
import dev.skyway.portal.compliance.ComplianceAttestations;
import dev.skyway.portal.compliance.ComplianceFrameworks;
import dev.skyway.portal.compliance.ComplianceScores;
import dev.skyway.portal.compliance.ComplianceSummary;
import dev.skyway.portal.compliance.EvidenceFile;
import dev.skyway.portal.compliance.FindingStatus;
import dev.skyway.portal.compliance.Framework;
import dev.skyway.portal.compliance.FrameworkScore;
import dev.skyway.portal.compliance.InvalidComplianceQueryException;
import dev.skyway.portal.compliance.NewAttestation;
import dev.skyway.portal.compliance.Requirement;
import dev.skyway.portal.compliance.RequirementResult;
import dev.skyway.portal.compliance.ScoreCounts;
import dev.skyway.portal.compliance.ScoreScope;
import dev.skyway.portal.compliance.WaiverStatus;
import dev.skyway.portal.compliance.internal.drops.DropSchedule;
import dev.skyway.portal.compliance.internal.frameworks.FrameworkRows;
import dev.skyway.portal.compliance.internal.waivers.AttestationRules;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;

/**
 * Attesting from the framework's requirements over stubbed facades: a MANUAL requirement shows its pending and
 * approved attestations and an "Attest" action (an automated one has none); the dialog submits what was typed to the
 * same facade as the API, and the facade's problems (here the real attestation rules) show under each field with
 * nothing closed.
 */
class AttestationViewTests extends BrowserlessTest {

    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final Framework CIS = new Framework(UUID.randomUUID(), "CIS", "CIS AWS Foundations", "3.0", "AWS", null,
            Framework.BUILTIN, 2, List.of());
    static final Requirement MANUAL = new Requirement("1.1", "Maintain current contact details", null, "1 IAM",
            "MANUAL", List.of());
    static final Requirement AUTOMATED = new Requirement("1.4", "No root access key", null, "1 IAM", "AUTOMATED",
            List.of("iam_no_root_access_key"));

    final ComplianceFrameworks frameworks = mock(ComplianceFrameworks.class);
    final ComplianceScores scores = mock(ComplianceScores.class);
    final ComplianceAttestations attestations = mock(ComplianceAttestations.class);
    final DropSchedule drops = mock(DropSchedule.class);
    final CurrentUser currentUser = mock(CurrentUser.class);

    @BeforeEach
    void stubs() {
        when(currentUser.get()).thenReturn(new PortalUser("local", "erin", "erin", "Erin Engineer", null, "payments",
                Set.of(), Set.of(Role.ENGINEER)));
        when(scores.summary()).thenReturn(new ComplianceSummary(List.of(), List.of(), List.of(), List.of(), "all"));
        when(frameworks.all()).thenReturn(List.of(CIS));
        when(frameworks.find(CIS.id())).thenReturn(java.util.Optional.of(CIS));
        when(frameworks.requirements(CIS.id())).thenReturn(List.of(MANUAL, AUTOMATED));
        when(scores.framework(CIS.id(), ScoreScope.ALL)).thenReturn(new FrameworkScore(CIS.id(), CIS.name(), "all",
                new ScoreCounts(50, 1, 0, 1, 0), List.of(new RequirementResult("1.1", FindingStatus.MANUAL, true),
                new RequirementResult("1.4", FindingStatus.PASS, true))));
        when(attestations.latestValidUntil()).thenReturn(TODAY.plusDays(365));
        when(attestations.list(CIS.id(), null, null)).thenReturn(List.of(
                attestation("382272806015", WaiverStatus.ACTIVE), attestation("383317268332",
                        WaiverStatus.PENDING_APPROVAL), attestation("111122223333", WaiverStatus.REJECTED)));
    }

    @Test
    void aManualRequirementShowsItsAttestationsAndTheAttestAction() {
        FrameworkDetail detail = openDetail();

        String manual = cell(detail, 0).getElement().getTextRecursively();
        assertThat(manual).contains("APPROVED 382272806015", "PENDING 383317268332", "Attest")
                .doesNotContain("111122223333");
        assertThat(cell(detail, 1).getChildren()).as("an automated requirement is not attested").isEmpty();
    }

    @Test
    void attestSubmitsTheDialogToTheFacade() {
        FrameworkDetail detail = openDetail();
        when(attestations.submit(any(), any())).thenAnswer(call -> attestation("382272806015",
                WaiverStatus.PENDING_APPROVAL));
        test(attestButton(detail)).click();
        AttestationDialog dialog = $(AttestationDialog.class).single();

        dialog.account.setValue("382272806015");
        dialog.statement.setValue("Contact details are reviewed every quarter by the security team.");
        dialog.evidenceUrl.setValue("https://wiki.example.com/security/contacts");
        dialog.validUntil.setValue(TODAY.plusDays(90));
        test(dialog.submit).click();

        ArgumentCaptor<NewAttestation> sent = ArgumentCaptor.forClass(NewAttestation.class);
        verify(attestations).submit(sent.capture(), isNull());
        assertThat(sent.getValue()).isEqualTo(new NewAttestation(CIS.id(), "1.1", "382272806015",
                "Contact details are reviewed every quarter by the security team.",
                "https://wiki.example.com/security/contacts", TODAY.plusDays(90)));
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void theFacadesProblemsShowUnderEachField() {
        FrameworkDetail detail = openDetail();
        when(attestations.submit(any(), any())).thenAnswer(call -> {
            Map<String, String> problems = AttestationRules.check(call.getArgument(0), call.getArgument(1),
                    List.of(new FrameworkRows.RequirementChecks("1.1", "MANUAL", List.of())), TODAY, 365);
            throw new InvalidComplianceQueryException(problems, "The attestation has wrong fields");
        });
        test(attestButton(detail)).click();
        AttestationDialog dialog = $(AttestationDialog.class).single();

        dialog.account.setValue("3822");
        dialog.evidenceUrl.setValue("ftp://files.example.com/contacts.pdf");
        dialog.validUntil.setValue(TODAY.plusDays(400));
        test(dialog.submit).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.account.isInvalid()).isTrue();
        assertThat(dialog.account.getErrorMessage()).startsWith("Account must be a 12-digit AWS account id");
        assertThat(dialog.statement.getErrorMessage()).isEqualTo("Statement is required");
        assertThat(dialog.evidenceUrl.isInvalid()).isTrue();
        assertThat(dialog.evidenceUrl.getErrorMessage()).isEqualTo(
                "Evidence link must be an http or https link of at most 2048 characters");
        assertThat(dialog.validUntil.isInvalid()).isTrue();
        assertThat(dialog.validUntil.getErrorMessage()).startsWith("Valid until must be at most 365 days ahead");

        dialog.validUntil.setValue(TODAY);
        test(dialog.submit).click();
        assertThat(dialog.validUntil.getErrorMessage()).startsWith("Valid until must be after today");

        dialog.account.setValue("382272806015");
        dialog.statement.setValue("Reviewed quarterly.");
        dialog.evidenceUrl.setValue("");
        dialog.validUntil.setValue(TODAY.plusDays(30));
        test(dialog.submit).click();
        assertThat(dialog.account.isInvalid()).isFalse();
        assertThat(dialog.statement.isInvalid()).isFalse();
        assertThat(dialog.validUntil.isInvalid()).isFalse();
        assertThat(dialog.evidenceUrl.getErrorMessage()).isEqualTo(
                "Evidence link is required unless a file is attached");
    }

    @Test
    void anAttachedFileIsTheEvidence() {
        FrameworkDetail detail = openDetail();
        when(attestations.submit(any(), any())).thenAnswer(call -> attestation("382272806015",
                WaiverStatus.PENDING_APPROVAL));
        test(attestButton(detail)).click();
        AttestationDialog dialog = $(AttestationDialog.class).single();

        test(dialog.evidenceFile).upload("contacts.pdf", "application/pdf", new byte[] {37, 80, 68, 70});
        dialog.statement.setValue("Reviewed quarterly.");
        dialog.validUntil.setValue(TODAY.plusDays(30));
        test(dialog.submit).click();

        ArgumentCaptor<EvidenceFile> file = ArgumentCaptor.forClass(EvidenceFile.class);
        verify(attestations).submit(any(), file.capture());
        assertThat(file.getValue().fileName()).isEqualTo("contacts.pdf");
        assertThat(file.getValue().content()).hasSize(4);
    }

    private FrameworkDetail openDetail() {
        FrameworksView view = new FrameworksView(frameworks, scores, attestations, drops, currentUser,
                Clock.fixed(NOW, ZoneOffset.UTC));
        UI.getCurrent().add(view);
        view.open(CIS.id());
        return (FrameworkDetail) view.opened.getChildren().findFirst().orElseThrow();
    }

    private Div cell(FrameworkDetail detail, int row) {
        return (Div) test(detail.grid).getCellComponent(row, 4);
    }

    private Button attestButton(FrameworkDetail detail) {
        return cell(detail, 0).getChildren().filter(Button.class::isInstance).map(Button.class::cast).findFirst()
                .orElseThrow();
    }

    static Attestation attestation(String account, WaiverStatus status) {
        return new Attestation(UUID.randomUUID(), CIS.id(), "1.1", account, "Reviewed quarterly.",
                "https://wiki.example.com/security/contacts", null, TODAY.plusDays(90), status, null, "erin",
                "Erin Engineer", NOW, null, null, null);
    }
}
