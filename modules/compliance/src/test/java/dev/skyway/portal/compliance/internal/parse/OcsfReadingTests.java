package dev.skyway.portal.compliance.internal.parse;

import static dev.skyway.portal.compliance.internal.parse.Fixtures.CHECKOUT;
import static dev.skyway.portal.compliance.internal.parse.Fixtures.PAYMENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.skyway.portal.compliance.FindingStatus;
import dev.skyway.portal.compliance.FindingsFileException;
import dev.skyway.portal.compliance.Severity;

/**
 * Prowler's OCSF JSON, from a fixture written after Prowler's OCSF writer and the OCSF Detection Finding class: every
 * documented field lands where it belongs, and real files' quirks (a byte order mark, UTF-16, NaN, extra fields,
 * missing optional fields, a trailing comma, JSON Lines, times in seconds or milliseconds) are taken.
 */
class OcsfReadingTests {

    @TempDir
    Path dir;

    @Test
    void aProwlerFileGivesOneFindingPerResourceWithItsCheckAccountAndStatus() {
        ReadSummary summary = FindingsReader.read(Fixtures.file(dir, Fixtures.text("prowler-ocsf.json")),
                FindingsReader.Declared.JSON, f -> { });

        assertThat(summary.format()).isEqualTo(FindingsFormat.OCSF);
        assertThat(summary.findings()).isEqualTo(5);
        assertThat(summary.sources()).containsExactly("PROWLER");
        assertThat(summary.accounts()).containsExactlyInAnyOrder(PAYMENTS, CHECKOUT);
    }

    @Test
    void theRootUsersArnIsTheAccountItselfAndTheFrameworksComeFromUnmappedCompliance() {
        ParsedFinding root = read(Fixtures.text("prowler-ocsf.json")).getFirst();

        assertThat(root.source()).isEqualTo("PROWLER");
        assertThat(root.controlId()).isEqualTo("iam_root_hardware_mfa_enabled");
        assertThat(root.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(root.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(root.resource().accountId()).isEqualTo(PAYMENTS);
        assertThat(root.resource().region()).isEqualTo("us-east-1");
        assertThat(root.resource().resourceId()).isEqualTo("AWS::::Account:" + PAYMENTS);
        assertThat(root.resource().resourceType()).isEqualTo("AwsIamUser");
        assertThat(root.title()).isEqualTo("Ensure only hardware MFA is enabled for the root account");
        assertThat(root.detail()).startsWith("Root account has a virtual MFA");
        assertThat(root.remediation().text()).startsWith("Using IAM console");
        assertThat(root.remediation().url()).as("the link, not the CLI command listed before it")
                .isEqualTo("https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_mfa.html");
        assertThat(root.ids().externalId()).startsWith("prowler-aws-iam_root_hardware_mfa_enabled-");
        assertThat(root.requirements()).containsEntry("CIS-3.0", List.of("1.6"))
                .containsEntry("AWS-Foundational-Security-Best-Practices", List.of("IAM.6"));
        assertThat(root.observed().last()).isEqualTo(Instant.parse("2025-12-01T12:00:00.123456Z"));
        assertThat(root.muted()).isFalse();
    }

    @Test
    void passManualAndSuppressedFindingsKeepTheirStatusAndASuppressedOneIsMuted() {
        List<ParsedFinding> findings = read(Fixtures.text("prowler-ocsf.json"));

        assertThat(findings.get(1).status()).isEqualTo(FindingStatus.PASS);
        assertThat(findings.get(1).resource().resourceId()).isEqualTo("arn:aws:s3:::payments-receipts");
        assertThat(findings.get(1).resource().region()).isEqualTo("eu-west-1");
        assertThat(findings.get(2).status()).isEqualTo(FindingStatus.MANUAL);
        assertThat(findings.get(2).remediation().url()).as("no references, empty related_url").isNull();
        ParsedFinding suppressed = findings.get(3);
        assertThat(suppressed.muted()).isTrue();
        assertThat(suppressed.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(suppressed.resource().accountId()).isEqualTo(CHECKOUT);
    }

    @Test
    void aFindingWithOnlyTheRequiredFieldsStillReads() {
        ParsedFinding minimal = read(Fixtures.text("prowler-ocsf.json")).getLast();

        assertThat(minimal.status()).as("status_code in lower case").isEqualTo(FindingStatus.FAIL);
        assertThat(minimal.severity()).isEqualTo(Severity.HIGH);
        assertThat(minimal.title()).as("no title: the check id").isEqualTo("cloudtrail_multi_region_enabled");
        assertThat(minimal.resource().resourceId()).isEqualTo("AWS::::Account:" + CHECKOUT);
        assertThat(minimal.resource().region()).isEqualTo("eu-central-1");
        assertThat(minimal.observed().last()).as("time in milliseconds")
                .isEqualTo(Instant.parse("2025-12-01T12:00:00Z"));
        assertThat(minimal.remediation().text()).isNull();
        assertThat(minimal.requirements()).isEmpty();
    }

    @Test
    void byteOrderMarksUtf16TrailingCommasAndJsonLinesAreTaken() {
        String file = Fixtures.text("prowler-ocsf.json");
        byte[] utf8Bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf16Bom = {(byte) 0xFF, (byte) 0xFE};

        assertThat(Fixtures.read(Fixtures.file(dir, file, StandardCharsets.UTF_8, utf8Bom),
                FindingsReader.Declared.JSON)).hasSize(5);
        assertThat(Fixtures.read(Fixtures.file(dir, file, StandardCharsets.UTF_16LE, utf16Bom),
                FindingsReader.Declared.JSON)).hasSize(5);
        String lastBracket = file.substring(0, file.lastIndexOf(']')) + ",\n]";
        assertThat(read(lastBracket)).hasSize(5);
        String lines = minimal("FAIL", "a_check") + "\n" + minimal("PASS", "b_check") + "\n";
        assertThat(read(lines)).extracting(ParsedFinding::controlId).containsExactly("a_check", "b_check");
    }

    @Test
    void everyUnreadableFindingIsNamedWithItsPosition() {
        String body = "[" + minimal("FAIL", "a_check") + ","
                + minimal("ERROR", "b_check") + ","
                + minimal("PASS", "c_check").replace("\"event_code\": \"c_check\"", "\"other\": 1") + ","
                + "{\"class_uid\": 2003, \"class_name\": \"Compliance Finding\", \"status_code\": \"FAIL\"}]";

        assertThatThrownBy(() -> read(body)).isInstanceOfSatisfying(FindingsFileException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("finding 2: status_code must be PASS, FAIL or MANUAL, not 'ERROR'");
            assertThat(e.problems()).containsExactly(
                    "finding 2: status_code must be PASS, FAIL or MANUAL, not 'ERROR'",
                    "finding 3: metadata.event_code (the check id) is missing",
                    "finding 4: class_uid is 2003 (Compliance Finding): only Detection Findings (class_uid 2004) "
                            + "are read");
        });
    }

    private List<ParsedFinding> read(String body) {
        return Fixtures.read(Fixtures.file(dir, body), FindingsReader.Declared.JSON);
    }

    static String minimal(String status, String check) {
        return "{\"class_uid\": 2004, \"status_code\": \"" + status + "\", \"metadata\": {\"event_code\": \"" + check
                + "\", \"product\": {\"name\": \"Prowler\"}}, \"cloud\": {\"account\": {\"uid\": \"" + PAYMENTS
                + "\"}}}";
    }
}
