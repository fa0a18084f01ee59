package dev.skyway.portal.compliance.internal.parse;

import static dev.skyway.portal.compliance.internal.parse.Fixtures.CHECKOUT;
import static dev.skyway.portal.compliance.internal.parse.Fixtures.PAYMENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.skyway.portal.compliance.FindingStatus;
import dev.skyway.portal.compliance.FindingsFileException;
import dev.skyway.portal.compliance.Severity;

/**
 * ASFF as Security Hub's GetFindings returns it ({@code {"Findings": [...], "NextToken": ...}}, consolidated control
 * findings, a GuardDuty finding without Compliance, archived and suppressed records) and as Prowler writes it (a bare
 * array, {@code prowler-<check>} generator ids).
 */
class AsffReadingTests {

    @TempDir
    Path dir;

    @Test
    void securityHubFindingsReadWithTheirControlStatusAndTimesAndArchivedOnesAreSkipped() {
        ReadSummary summary = FindingsReader.read(Fixtures.file(dir, Fixtures.text("securityhub-asff.json")),
                FindingsReader.Declared.JSON, f -> { });
        List<ParsedFinding> findings = read(Fixtures.text("securityhub-asff.json"));

        assertThat(summary.format()).isEqualTo(FindingsFormat.ASFF);
        assertThat(summary.skipped()).as("the archived EC2.2 record").isOne();
        assertThat(findings).extracting(ParsedFinding::controlId)
                .containsExactly("IAM.6", "S3.8", "CloudTrail.5", "EC2.19",
                        "TTPs/Discovery/Recon:EC2-PortProbeUnprotectedPort");
        ParsedFinding mfa = findings.getFirst();
        assertThat(mfa.source()).isEqualTo("SECURITY_HUB");
        assertThat(mfa.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(mfa.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(mfa.resource().resourceId()).isEqualTo("AWS::::Account:" + PAYMENTS);
        assertThat(mfa.resource().region()).isEqualTo("eu-west-1");
        assertThat(mfa.ids().externalId()).startsWith("arn:aws:securityhub:eu-west-1:" + PAYMENTS
                + ":security-control/IAM.6/finding/");
        assertThat(mfa.ids().productArn()).isEqualTo("arn:aws:securityhub:eu-west-1::product/aws/securityhub");
        assertThat(mfa.observed().first()).isEqualTo(Instant.parse("2025-11-02T08:15:01.123Z"));
        assertThat(mfa.observed().last()).isEqualTo(Instant.parse("2025-12-02T08:15:04.456Z"));
        assertThat(mfa.requirements()).containsEntry("CIS AWS Foundations Benchmark v3.0.0", List.of("1.6"))
                .containsKey("standards/aws-foundational-security-best-practices/v/1.0.0");
        assertThat(mfa.remediation().url()).isEqualTo("https://docs.aws.amazon.com/console/securityhub/IAM.6/"
                + "remediation");
    }

    @Test
    void warningIsNotAvailableSuppressedIsMutedAndAThreatWithoutComplianceFails() {
        List<ParsedFinding> findings = read(Fixtures.text("securityhub-asff.json"));

        assertThat(findings.get(1).status()).isEqualTo(FindingStatus.PASS);
        assertThat(findings.get(2).status()).isEqualTo(FindingStatus.NOT_AVAILABLE);
        assertThat(findings.get(2).severity()).isEqualTo(Severity.LOW);
        assertThat(findings.get(3).muted()).isTrue();
        assertThat(findings.get(3).resource().accountId()).isEqualTo(CHECKOUT);
        ParsedFinding probe = findings.get(4);
        assertThat(probe.source()).isEqualTo("GUARDDUTY");
        assertThat(probe.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(probe.severity()).as("Normalized 20, Label LOW").isEqualTo(Severity.LOW);
    }

    @Test
    void prowlersAsffArrayReadsAsProwlerWithTheCheckIdFromTheGenerator() {
        List<ParsedFinding> findings = read(Fixtures.text("prowler-asff.json"));

        assertThat(findings).extracting(ParsedFinding::source).containsOnly("PROWLER");
        assertThat(findings).extracting(ParsedFinding::controlId)
                .containsExactly("iam_root_hardware_mfa_enabled", "ec2_instance_imdsv2_enabled");
        assertThat(findings.getFirst().status()).isEqualTo(FindingStatus.PASS);
        assertThat(findings.getFirst().resource().resourceId()).isEqualTo("AWS::::Account:" + PAYMENTS);
        assertThat(findings.getFirst().requirements()).containsEntry("CIS-3.0", List.of("1.6"));
        assertThat(findings.getLast().status()).as("Prowler writes muted findings as WARNING")
                .isEqualTo(FindingStatus.NOT_AVAILABLE);
    }

    @Test
    void aBadFindingIsNamed() {
        String body = "{\"Findings\": [{\"SchemaVersion\": \"2018-10-08\", \"Title\": \"t\", \"Compliance\": "
                + "{\"Status\": \"MAYBE\", \"SecurityControlId\": \"S3.1\"}}]}";

        assertThatThrownBy(() -> read(body)).isInstanceOfSatisfying(FindingsFileException.class, e ->
                assertThat(e.problems()).containsExactly("finding 1: AwsAccountId is missing",
                        "finding 1: Compliance.Status must be PASSED, FAILED, WARNING or NOT_AVAILABLE, not 'MAYBE'"));
    }

    private List<ParsedFinding> read(String body) {
        return Fixtures.read(Fixtures.file(dir, body), FindingsReader.Declared.JSON);
    }
}
