package dev.skyway.portal.compliance.internal.parse;

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
 * Prowler's semicolon-separated CSV, in the column names of Prowler 5 (and 4) and of Prowler 3: values holding a
 * semicolon or a line break, muted findings, an empty resource, a byte order mark, lower-case headers and an account
 * id that lost its leading zero all read; a file that is not Prowler's CSV says what is missing.
 */
class ProwlerCsvReadingTests {

    @TempDir
    Path dir;

    @Test
    void aProwler5FileGivesEveryRowWithItsColumnsWhereTheyBelong() {
        List<ParsedFinding> findings = read(Fixtures.text("prowler.csv"));

        assertThat(findings).hasSize(6).allSatisfy(f -> {
            assertThat(f.source()).isEqualTo("PROWLER");
            assertThat(f.resource().accountId()).isEqualTo(PAYMENTS);
        });
        ParsedFinding root = findings.getFirst();
        assertThat(root.controlId()).isEqualTo("iam_root_hardware_mfa_enabled");
        assertThat(root.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(root.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(root.resource().resourceId()).isEqualTo("AWS::::Account:" + PAYMENTS);
        assertThat(root.resource().region()).isEqualTo("us-east-1");
        assertThat(root.remediation().url()).endsWith("id_root-user_manage_mfa.html");
        assertThat(root.requirements()).containsEntry("CIS-3.0", List.of("1.6"))
                .containsEntry("ISO27001-2022", List.of("A.8.5"));
        assertThat(root.observed().last()).isEqualTo(Instant.parse("2025-12-02T06:30:00.654321Z"));
        assertThat(root.ids().externalId()).startsWith("prowler-aws-iam_root_hardware_mfa_enabled-");
    }

    @Test
    void quotedSemicolonsAndLineBreaksMutedRowsAndEmptyResourcesRead() {
        List<ParsedFinding> findings = read(Fixtures.text("prowler.csv"));

        ParsedFinding publicBucket = findings.get(2);
        assertThat(publicBucket.detail()).isEqualTo("S3 Bucket payments-public has public access; grants READ to "
                + "AllUsers.");
        assertThat(publicBucket.requirements()).containsEntry("AWS-Foundational-Security-Best-Practices",
                List.of("S3.1", "S3.8"));
        assertThat(findings.get(3).status()).isEqualTo(FindingStatus.MANUAL);
        assertThat(findings.get(4).muted()).isTrue();
        assertThat(findings.get(4).status()).isEqualTo(FindingStatus.FAIL);
        assertThat(findings.get(5).resource().resourceId()).as("no resource: the account")
                .isEqualTo("AWS::::Account:" + PAYMENTS);
        assertThat(findings.get(5).resource().region()).isEqualTo("ap-south-1");
    }

    @Test
    void prowler3ColumnsReadAndTheAccountGetsItsLeadingZeroBack() {
        List<ParsedFinding> findings = read(Fixtures.text("prowler-v3.csv"));

        assertThat(findings).hasSize(2);
        assertThat(findings.getFirst().resource().accountId()).isEqualTo("012345678901");
        assertThat(findings.getFirst().resource().resourceId()).isEqualTo("AWS::::Account:012345678901");
        assertThat(findings.getFirst().observed().last()).isEqualTo(Instant.parse("2023-06-01T10:00:00Z"));
        assertThat(findings.getLast().resource().resourceId())
                .isEqualTo("arn:aws:cloudtrail:us-east-1:012345678901:trail/org-trail");
        assertThat(findings.getLast().severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void aByteOrderMarkLowerCaseHeadersExtraColumnsAndBlankLinesAreTaken() {
        String csv = "check_id;status;account_uid;severity;region;resource_uid;x_custom\r\n"
                + "s3_bucket_public_access;FAIL;" + PAYMENTS + ";High;eu-west-1;arn:aws:s3:::b;extra\r\n"
                + "\r\n"
                + "s3_bucket_default_encryption;PASS;" + PAYMENTS + ";medium;eu-west-1;arn:aws:s3:::b\r\n";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

        List<ParsedFinding> findings = Fixtures.read(Fixtures.file(dir, csv, StandardCharsets.UTF_8, bom),
                FindingsReader.Declared.CSV);

        assertThat(findings).extracting(ParsedFinding::controlId)
                .containsExactly("s3_bucket_public_access", "s3_bucket_default_encryption");
        assertThat(findings.getFirst().title()).as("no title column: the check id")
                .isEqualTo("s3_bucket_public_access");
    }

    @Test
    void aCommaSeparatedFileIsToldProwlersIsSeparatedBySemicolons() {
        assertThatThrownBy(() -> read("CHECK_ID,STATUS,ACCOUNT_UID\ns3_check,FAIL," + PAYMENTS + "\n"))
                .isInstanceOf(FindingsFileException.class)
                .hasMessage("Not a Prowler CSV: the header lacks CHECK_ID, STATUS, ACCOUNT_UID or ACCOUNT_ID (the "
                        + "header is separated by commas; Prowler's CSV is separated by semicolons)");
    }

    @Test
    void aMissingColumnAndBadRowsAreNamed() {
        assertThatThrownBy(() -> read("CHECK_ID;ACCOUNT_UID\ns3_check;" + PAYMENTS + "\n"))
                .hasMessage("Not a Prowler CSV: the header lacks STATUS");
        assertThatThrownBy(() -> read("CHECK_ID;STATUS;ACCOUNT_UID\ns3_check;FAIL;" + PAYMENTS
                + "\ns3_check;BROKEN;" + PAYMENTS + "\n;PASS;" + PAYMENTS + "\n"))
                .isInstanceOfSatisfying(FindingsFileException.class, e -> assertThat(e.problems()).containsExactly(
                        "row 2: STATUS must be PASS, FAIL or MANUAL, not 'BROKEN'", "row 3: CHECK_ID is empty"));
    }

    @Test
    void jsonSentAsCsvIsToldToComeAsJson() {
        assertThatThrownBy(() -> read("[{\"class_uid\": 2004}]"))
                .hasMessage("The body is JSON: send OCSF or ASFF findings with Content-Type application/json");
    }

    private List<ParsedFinding> read(String body) {
        return Fixtures.read(Fixtures.file(dir, body), FindingsReader.Declared.CSV);
    }
}
