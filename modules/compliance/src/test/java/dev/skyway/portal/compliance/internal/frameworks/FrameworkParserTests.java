package dev.skyway.portal.compliance.internal.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.skyway.portal.compliance.InvalidFrameworkException;

/**
 * Prowler's compliance JSON: the shipped frameworks read as written; a company's file with a requirement pasted twice
 * is merged and reported, never refused; structural problems are named with their JSON path.
 */
class FrameworkParserTests {

    @Test
    void theShippedFoundationalSecurityBestPracticesMapEachControlToItsChecks() throws IOException {
        ParsedFramework fsbp = shipped("aws_foundational_security_best_practices_aws.json");

        assertThat(fsbp.framework()).isEqualTo("AWS-Foundational-Security-Best-Practices");
        assertThat(fsbp.name()).isEqualTo("AWS Foundational Security Best Practices");
        assertThat(fsbp.provider()).isEqualTo("AWS");
        assertThat(fsbp.requirements()).hasSizeBetween(30, 60);
        assertThat(fsbp.merged()).isEmpty();
        ParsedFramework.Requirement iam6 = fsbp.requirements().stream().filter(r -> r.id().equals("IAM.6"))
                .findFirst().orElseThrow();
        assertThat(iam6.checks()).containsExactly("iam_root_hardware_mfa_enabled");
        assertThat(iam6.assessment()).isEqualTo(ParsedFramework.AUTOMATED);
        assertThat(iam6.section()).isEqualTo("IAM");
        assertThat(iam6.attributes()).contains("\"Severity\":\"critical\"");
    }

    @Test
    void theShippedCisBenchmarkKeepsItsManualRecommendations() throws IOException {
        ParsedFramework cis = shipped("cis_3.0_aws.json");

        assertThat(cis.framework()).isEqualTo("CIS");
        assertThat(cis.version()).isEqualTo("3.0");
        assertThat(cis.requirements()).hasSizeBetween(30, 60);
        assertThat(requirement(cis, "1.22").checks()).isEmpty();
        assertThat(requirement(cis, "1.22").assessment()).isEqualTo(ParsedFramework.MANUAL);
        assertThat(requirement(cis, "1.1").assessment()).as("AssessmentStatus Manual, with a check")
                .isEqualTo(ParsedFramework.MANUAL);
        assertThat(requirement(cis, "1.12").checks())
                .containsExactly("iam_user_accesskey_unused", "iam_user_console_access_unused");
        assertThat(requirement(cis, "1.10").assessment()).isEqualTo(ParsedFramework.AUTOMATED);
    }

    @Test
    void aRequirementPastedTwiceIsMergedWithItsChecksUnitedAndReported() throws IOException {
        ParsedFramework baseline;
        try (InputStream in = getClass().getResourceAsStream("/frameworks/skyway-baseline.json")) {
            baseline = FrameworkParser.parse(in);
        }

        assertThat(baseline.name()).as("no Name: the Framework").isEqualTo("Skyway-Baseline");
        assertThat(baseline.version()).isEmpty();
        assertThat(baseline.requirements()).extracting(ParsedFramework.Requirement::id)
                .containsExactly("SKY-1", "SKY-2", "SKY-3", "SKY-4");
        ParsedFramework.Requirement sky2 = requirement(baseline, "SKY-2");
        assertThat(sky2.checks()).containsExactly("s3_bucket_public_access", "s3_account_level_public_access_blocks");
        assertThat(sky2.description()).as("the first occurrence's").isEqualTo("No bucket is public");
        assertThat(sky2.attributes()).contains("added by the audit team").contains("\"Section\":\"Data\"");
        assertThat(baseline.merged()).containsExactly(new ParsedFramework.Merged("SKY-2", 2));
        assertThat(requirement(baseline, "SKY-3").assessment()).isEqualTo(ParsedFramework.MANUAL);
        assertThat(requirement(baseline, "SKY-3").checks()).isEmpty();
        assertThat(requirement(baseline, "SKY-4").assessment()).isEqualTo(ParsedFramework.AUTOMATED);
    }

    @Test
    void numbersAsIdsAndVersionsAreText() {
        ParsedFramework parsed = parse("{\"Framework\": \"Custom\", \"Version\": 2.1, \"Requirements\": "
                + "[{\"Id\": 7, \"Checks\": [\"a_check\"]}]}");

        assertThat(parsed.version()).isEqualTo("2.1");
        assertThat(parsed.provider()).isEmpty();
        assertThat(parsed.requirements().getFirst().id()).isEqualTo("7");
    }

    @Test
    void structuralProblemsAreNamedWithTheirPath() {
        assertThatThrownBy(() -> parse("{\"Version\": \"1\", \"Requirements\": [{\"Description\": \"x\"}, "
                + "{\"Id\": \"R2\", \"Checks\": \"a_check\"}, {\"Id\": \"R3\", \"Checks\": [\"ok\", 5]}, 4]}"))
                .isInstanceOfSatisfying(InvalidFrameworkException.class, e -> assertThat(e.problems())
                        .containsExactly("Framework is missing (the framework's short name, e.g. CIS)",
                                "Requirements[0].Id is missing", "Requirements[1].Checks must be a list of check ids",
                                "Requirements[2].Checks[1] is not a check id", "Requirements[3] is not an object"));
        assertThatThrownBy(() -> parse("{\"Framework\": \"X\", \"Requirements\": []}"))
                .hasMessage("Requirements is empty");
        assertThatThrownBy(() -> parse("{\"Framework\": \"X\"}"))
                .hasMessage("Requirements is missing (a list of requirements)");
    }

    @Test
    void findingsAndBrokenJsonAreToldApart() {
        assertThatThrownBy(() -> parse("[{\"class_uid\": 2004}]"))
                .hasMessage("An array: findings go to /api/v1/compliance/imports; a framework is one JSON object");
        assertThatThrownBy(() -> parse("{\"Findings\": []}"))
                .hasMessage("This is ASFF findings: upload them to /api/v1/compliance/imports");
        assertThatThrownBy(() -> parse("{\"Framework\": ")).hasMessageStartingWith("Not valid JSON (line 1");
    }

    private static ParsedFramework.Requirement requirement(ParsedFramework framework, String id) {
        List<ParsedFramework.Requirement> matching = framework.requirements().stream()
                .filter(r -> r.id().equals(id)).toList();
        assertThat(matching).hasSize(1);
        return matching.getFirst();
    }

    private static ParsedFramework shipped(String name) throws IOException {
        try (InputStream in = FrameworkParserTests.class.getResourceAsStream("/compliance/frameworks/" + name)) {
            return FrameworkParser.parse(in);
        }
    }

    private static ParsedFramework parse(String json) {
        return FrameworkParser.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
