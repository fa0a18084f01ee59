package dev.skyway.portal.compliance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.skyway.portal.compliance.ComplianceFindings;
import dev.skyway.portal.compliance.ComplianceFrameworks;
import dev.skyway.portal.compliance.ComplianceImports;
import dev.skyway.portal.compliance.ComplianceScores;
import dev.skyway.portal.compliance.ComplianceSummary;
import dev.skyway.portal.compliance.Finding;
import dev.skyway.portal.compliance.FindingControl;
import dev.skyway.portal.compliance.FindingImport;
import dev.skyway.portal.compliance.FindingPage;
import dev.skyway.portal.compliance.FindingQuery;
import dev.skyway.portal.compliance.FindingResource;
import dev.skyway.portal.compliance.FindingStatus;
import dev.skyway.portal.compliance.FindingTimes;
import dev.skyway.portal.compliance.FindingsFileException;
import dev.skyway.portal.compliance.Framework;
import dev.skyway.portal.compliance.FrameworkScore;
import dev.skyway.portal.compliance.FrameworkUpload;
import dev.skyway.portal.compliance.ImportCounts;
import dev.skyway.portal.compliance.InvalidFrameworkException;
import dev.skyway.portal.compliance.Remediation;
import dev.skyway.portal.compliance.RequirementResult;
import dev.skyway.portal.compliance.ScoreCounts;
import dev.skyway.portal.compliance.ScoreScope;
import dev.skyway.portal.compliance.Severity;
import dev.skyway.portal.compliance.UploadType;

import tools.jackson.databind.json.JsonMapper;

/**
 * The compliance API's HTTP shape over stubbed facades (who may call what is the facades' and the application's
 * access rules' business): the issue's paths, status codes and field names, and 400 problem+json naming what is
 * wrong.
 */
class ComplianceApiTests {

    static final UUID ID = UUID.fromString("1f6c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b");
    static final Instant AT = Instant.parse("2025-12-05T08:00:00Z");

    final ComplianceImports imports = mock(ComplianceImports.class);
    final ComplianceFindings findings = mock(ComplianceFindings.class);
    final ComplianceFrameworks frameworks = mock(ComplianceFrameworks.class);
    final ComplianceScores scores = mock(ComplianceScores.class);
    final MockMvc mvc = MockMvcBuilders.standaloneSetup(new ComplianceImportsController(imports),
                    new ComplianceFindingsController(findings), new ComplianceFrameworksController(frameworks, scores),
                    new ComplianceSummaryController(scores))
            .setControllerAdvice(new ComplianceProblems())
            // as the application writes JSON: nulls left out, unless the field says otherwise
            .setMessageConverters(new JacksonJsonHttpMessageConverter(JsonMapper.builder()
                    .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_NULL))))
            .build();

    static FindingImport running() {
        return new FindingImport(ID, FindingImport.RUNNING, "OCSF", "PROWLER", "scan.ocsf.json", true,
                ImportCounts.NONE, List.of(), null, "sam", AT, null);
    }

    @Test
    void anOcsfOrAsffBodyIsAcceptedWith202AndItsId() throws Exception {
        when(imports.upload(any(), eq(UploadType.JSON), eq("scan.ocsf.json"), eq(true))).thenReturn(running());

        mvc.perform(post("/api/v1/compliance/imports?name=scan.ocsf.json").contentType(MediaType.APPLICATION_JSON)
                        .content("[]"))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", "/api/v1/compliance/imports/" + ID))
                .andExpect(jsonPath("$.id").value(ID.toString()))
                .andExpect(jsonPath("$.status").value("RUNNING"));
    }

    @Test
    void aProwlerCsvIsTakenAsCsvAndPartialScansResolveNothing() throws Exception {
        when(imports.upload(any(), eq(UploadType.CSV), isNull(), eq(false))).thenReturn(running());

        mvc.perform(post("/api/v1/compliance/imports?partial=true").contentType("text/csv; charset=utf-8")
                .content("CHECK_ID;STATUS;ACCOUNT_UID\n")).andExpect(status().isAccepted());

        verify(imports).upload(any(), eq(UploadType.CSV), isNull(), eq(false));
    }

    @Test
    void anyOtherBodyIs400SayingWhyAndNothingIsImported() throws Exception {
        mvc.perform(post("/api/v1/compliance/imports").contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors['Content-Type']").value("must be application/json (Prowler's OCSF or "
                        + "ASFF) or text/csv (Prowler's CSV), not 'text/plain'"));
        verifyNoInteractions(imports);

        when(imports.upload(any(), any(), any(), eq(true))).thenThrow(new FindingsFileException("Not a findings "
                + "file: a JSON object without \"Findings\"", List.of("Not a findings file: a JSON object without "
                + "\"Findings\"")));
        mvc.perform(post("/api/v1/compliance/imports").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.detail").value("Not a findings file: a JSON object without \"Findings\""))
                .andExpect(jsonPath("$.errors[0]").exists());
    }

    @Test
    void anImportsStatusCarriesItsFindingsAndError() throws Exception {
        FindingImport completed = new FindingImport(ID, FindingImport.COMPLETED, "PROWLER_CSV", "PROWLER", null, true,
                new ImportCounts(6, 3, 1, 2, 0), List.of("382272806015"), null, "sam", AT, AT.plusSeconds(2));
        when(imports.find(ID)).thenReturn(Optional.of(completed));

        mvc.perform(get("/api/v1/compliance/imports/" + ID)).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(ID.toString()))
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.findings").value(6))
                .andExpect(content().string(containsString("\"error\":null")))
                .andExpect(jsonPath("$.resolved").value(2))
                .andExpect(jsonPath("$.fileName").doesNotExist());
        mvc.perform(get("/api/v1/compliance/imports/" + UUID.randomUUID())).andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", "application/problem+json"));
        mvc.perform(get("/api/v1/compliance/imports/not-an-id")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.id").value("must be a UUID"));
    }

    @Test
    void findingsAreFilteredAsAskedAndCarryTheIssuesFields() throws Exception {
        Finding finding = new Finding(ID, "PROWLER", new FindingResource("382272806015", "us-east-1",
                "AWS::::Account:382272806015", "AwsIamUser"), new FindingControl("iam_root_hardware_mfa_enabled",
                "IAM.6", "Hardware MFA for root"), Severity.CRITICAL, FindingStatus.FAIL, "virtual MFA",
                new Remediation("Use a hardware key", "https://docs.aws.amazon.com/x"),
                new FindingTimes(AT.minusSeconds(86_400), AT, null), true, false, null);
        when(findings.search(any())).thenReturn(new FindingPage(1, List.of(finding), "all accounts"));

        mvc.perform(get("/api/v1/compliance/findings?accountId=382272806015&status=fail&controlId=IAM.6"
                        + "&source=PROWLER&severity=CRITICAL&size=10"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(ID.toString()))
                .andExpect(jsonPath("$.items[0].accountId").value("382272806015"))
                .andExpect(jsonPath("$.items[0].controlId").value("iam_root_hardware_mfa_enabled"))
                .andExpect(jsonPath("$.items[0].title").value("Hardware MFA for root"))
                .andExpect(jsonPath("$.items[0].severity").value("CRITICAL"))
                .andExpect(jsonPath("$.items[0].status").value("FAIL"))
                .andExpect(jsonPath("$.items[0].source").value("PROWLER"))
                .andExpect(jsonPath("$.items[0].resourceId").value("AWS::::Account:382272806015"))
                .andExpect(jsonPath("$.items[0].region").value("us-east-1"))
                .andExpect(jsonPath("$.items[0].firstSeen").value("2025-12-04T08:00:00Z"))
                .andExpect(jsonPath("$.items[0].lastSeen").value("2025-12-05T08:00:00Z"))
                .andExpect(jsonPath("$.items[0].waived").value(true));
        ArgumentCaptor<FindingQuery> query = ArgumentCaptor.forClass(FindingQuery.class);
        verify(findings).search(query.capture());
        assertThat(query.getValue()).isEqualTo(new FindingQuery("382272806015", FindingStatus.FAIL, "IAM.6",
                "PROWLER", Severity.CRITICAL, null, 0, 10));
    }

    @Test
    void aWrongFilterIs400NamingIt() throws Exception {
        mvc.perform(get("/api/v1/compliance/findings?status=BROKEN")).andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors.status").value("must be one of FAIL, MANUAL, NOT_AVAILABLE, PASS"));
        mvc.perform(get("/api/v1/compliance/findings?severity=urgent")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.severity").value("must be one of CRITICAL, HIGH, MEDIUM, LOW, "
                        + "INFORMATIONAL"));
        mvc.perform(get("/api/v1/compliance/findings?account=1")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.account").exists());
        mvc.perform(get("/api/v1/compliance/findings?size=5000")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.size").value("must be a whole number from 1 to 500"));
        verifyNoInteractions(findings);
    }

    @Test
    void aFrameworkUploadIs201WithItsRequirementCountAndMerges() throws Exception {
        Framework framework = new Framework(ID, "Skyway-Baseline", "Skyway baseline", "", "AWS", null,
                Framework.UPLOAD, 4, List.of("SKY-2"));
        when(frameworks.upload(any())).thenReturn(new FrameworkUpload(framework, true),
                new FrameworkUpload(framework, false));

        mvc.perform(post("/api/v1/compliance/frameworks").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/compliance/frameworks/" + ID))
                .andExpect(jsonPath("$.id").value(ID.toString()))
                .andExpect(jsonPath("$.name").value("Skyway baseline"))
                .andExpect(jsonPath("$.version").value(""))
                .andExpect(jsonPath("$.requirements").value(4))
                .andExpect(jsonPath("$.merged[0]").value("SKY-2"));
        mvc.perform(post("/api/v1/compliance/frameworks").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk());
        when(frameworks.all()).thenReturn(List.of(framework));
        mvc.perform(get("/api/v1/compliance/frameworks")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(ID.toString()))
                .andExpect(jsonPath("$[0].requirements").value(4));
    }

    @Test
    void aBrokenFrameworkIs400ListingEveryProblem() throws Exception {
        when(frameworks.upload(any())).thenThrow(new InvalidFrameworkException(List.of("Framework is missing",
                "Requirements[0].Id is missing")));

        mvc.perform(post("/api/v1/compliance/frameworks").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors[1]").value("Requirements[0].Id is missing"));
    }

    @Test
    void aFrameworksScoresCarryTheCountsAndEachRequirement() throws Exception {
        when(scores.framework(ID, ScoreScope.account("382272806015"))).thenReturn(new FrameworkScore(ID, "CIS",
                "account 382272806015", new ScoreCounts(67, 2, 1, 1, 0), List.of(
                        new RequirementResult("1.4", FindingStatus.PASS, true),
                        new RequirementResult("1.22", FindingStatus.MANUAL, false))));

        mvc.perform(get("/api/v1/compliance/frameworks/" + ID + "/scores?accountId=382272806015"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.score").value(67))
                .andExpect(jsonPath("$.passed").value(2))
                .andExpect(jsonPath("$.failed").value(1))
                .andExpect(jsonPath("$.manual").value(1))
                .andExpect(jsonPath("$.requirements[0].id").value("1.4"))
                .andExpect(jsonPath("$.requirements[0].status").value("PASS"))
                .andExpect(jsonPath("$.requirements[1].status").value("MANUAL"));
        when(scores.framework(any(), eq(ScoreScope.ALL))).thenThrow(new java.util.NoSuchElementException("No "
                + "framework"));
        mvc.perform(get("/api/v1/compliance/frameworks/" + ID + "/scores")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/compliance/frameworks/" + ID + "/scores?account=1"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theSummaryListsFrameworksAndAccountsWithTheirScores() throws Exception {
        when(scores.summary()).thenReturn(new ComplianceSummary(
                List.of(new ComplianceSummary.FrameworkEntry(ID, "CIS", new ScoreCounts(25, 1, 3, 8, 30))),
                List.of(new ComplianceSummary.ScopeEntry("383317268332", "checkout-prod", ScoreCounts.NO_DATA)),
                List.of(new ComplianceSummary.ScopeEntry("checkout", null, new ScoreCounts(0, 0, 2, 0, 0))),
                List.of(), "all accounts"));

        mvc.perform(get("/api/v1/compliance/summary")).andExpect(status().isOk())
                .andExpect(jsonPath("$.frameworks[0].id").value(ID.toString()))
                .andExpect(jsonPath("$.frameworks[0].name").value("CIS"))
                .andExpect(jsonPath("$.frameworks[0].score").value(25))
                .andExpect(jsonPath("$.accounts[0].accountId").value("383317268332"))
                .andExpect(content().string(containsString("{\"accountId\":\"383317268332\",\"name\":"
                        + "\"checkout-prod\",\"score\":null}")))
                .andExpect(jsonPath("$.teams[0].team").value("checkout"))
                .andExpect(jsonPath("$.teams[0].score").value(0));
    }
}
