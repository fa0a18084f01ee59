package dev.skyway.portal.compliance.internal.parse;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.skyway.portal.compliance.FindingsFileException;

/** Files that are none of OCSF, ASFF and Prowler CSV are refused with the reason, never half read. */
class NotFindingsTests {

    @TempDir
    Path dir;

    @Test
    void otherJsonSaysWhatAFindingsFileLooksLike() {
        refused(Fixtures.text("cloudtrail-events.json"), "Not a findings file: a JSON object without \"Findings\" "
                + "(ASFF is {\"Findings\": [...]}; Prowler's OCSF is an array of findings)");
        refused("[\"a\", 1]", "finding 1 is not a JSON object");
        refused("[{\"Records\": []}]", "finding 1 is neither OCSF (class_uid, metadata.event_code) nor ASFF "
                + "(SchemaVersion, AwsAccountId)");
    }

    @Test
    void aFrameworkIsSentToTheFrameworksEndpoint() {
        refused("{\"Framework\": \"CIS\", \"Requirements\": []}", "This is a compliance framework, not findings: "
                + "upload it to /api/v1/compliance/frameworks");
    }

    @Test
    void brokenTruncatedEmptyAndMixedFilesAreNamed() {
        refused("[{\"class_uid\": 2004, ", "Not valid JSON (line 1, column 22): the file ends early");
        refused("  \n ", "The file is empty");
        refused("CHECK_ID;STATUS\n", "The body is not JSON: send Prowler's CSV with Content-Type text/csv");
        refused("[" + OcsfReadingTests.minimal("FAIL", "a") + ", {\"SchemaVersion\": \"2018-10-08\"}]",
                "finding 2 is ASFF but the file's first finding is OCSF");
    }

    private void refused(String body, String message) {
        assertThatThrownBy(() -> Fixtures.read(Fixtures.file(dir, body), FindingsReader.Declared.JSON))
                .isInstanceOf(FindingsFileException.class).hasMessage(message);
    }
}
