package dev.skyway.portal.compliance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.skyway.portal.compliance.ComplianceChanges;
import dev.skyway.portal.compliance.ComplianceTrends;
import dev.skyway.portal.compliance.FindingChange;
import dev.skyway.portal.compliance.ScoreCounts;
import dev.skyway.portal.compliance.ScoreTrend;
import dev.skyway.portal.compliance.Severity;
import dev.skyway.portal.compliance.TrendPoint;
import dev.skyway.portal.compliance.TrendQuery;
import dev.skyway.portal.compliance.TrendScope;

import tools.jackson.databind.json.JsonMapper;

/** The trends and changes API's HTTP shape over a stubbed facade: parameters, field names, 400s naming the field. */
class ComplianceTrendsApiTests {

    static final UUID ID = UUID.fromString("1f6c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b");

    final ComplianceTrends trends = mock(ComplianceTrends.class);
    final MockMvc mvc = MockMvcBuilders.standaloneSetup(new ComplianceTrendsController(trends))
            .setControllerAdvice(new ComplianceProblems())
            .setMessageConverters(new JacksonJsonHttpMessageConverter(JsonMapper.builder()
                    .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_NULL))))
            .build();

    @Test
    void aTrendIsItsDaysScores() throws Exception {
        ArgumentCaptor<TrendQuery> query = ArgumentCaptor.forClass(TrendQuery.class);
        when(trends.trend(query.capture())).thenReturn(new ScoreTrend(ID, new TrendScope(TrendScope.Kind.TEAM,
                "payments"), LocalDate.parse("2025-12-01"), LocalDate.parse("2025-12-02"), List.of(
                new TrendPoint(LocalDate.parse("2025-12-01"), new ScoreCounts(50, 2, 2, 1, 0)),
                new TrendPoint(LocalDate.parse("2025-12-02"), ScoreCounts.NO_DATA))));

        mvc.perform(get("/api/v1/compliance/trends").param("frameworkId", ID.toString()).param("team", "payments")
                        .param("from", "2025-12-01").param("to", "2025-12-02"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.frameworkId").value(ID.toString()))
                .andExpect(jsonPath("$.scopeKind").value("TEAM"))
                .andExpect(jsonPath("$.points[0].day").value("2025-12-01"))
                .andExpect(jsonPath("$.points[0].score").value(50))
                .andExpect(jsonPath("$.points[0].failed").value(2))
                .andExpect(jsonPath("$.points[1].score").isEmpty());

        assertThat(query.getValue()).isEqualTo(new TrendQuery(ID, null, "payments", null,
                LocalDate.parse("2025-12-01"), LocalDate.parse("2025-12-02")));
    }

    @Test
    void wrongParametersAreNamed() throws Exception {
        mvc.perform(get("/api/v1/compliance/trends").param("from", "yesterday"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.from").exists());
        mvc.perform(get("/api/v1/compliance/trends").param("frameworkId", "cis"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.frameworkId").exists());
        mvc.perform(get("/api/v1/compliance/trends").param("scope", "org"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.scope").exists());
        mvc.perform(get("/api/v1/compliance/changes").param("since", "last week"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.since").exists());
        verifyNoInteractions(trends);
    }

    @Test
    void changesAreListedByKindWithCounts() throws Exception {
        Instant since = Instant.parse("2025-12-04T00:00:00Z");
        FindingChange failing = new FindingChange(ID, "382272806015", "s3_bucket_public_access", "Public bucket",
                Severity.HIGH, "arn:aws:s3:::b", "us-east-1", "SANDBOX", null, "FAIL",
                Instant.parse("2025-12-04T06:00:00Z"));
        when(trends.changesSince(any())).thenReturn(new ComplianceChanges(since,
                new ComplianceChanges.Counts(1, 0, 0), List.of(failing), List.of(), List.of()));

        mvc.perform(get("/api/v1/compliance/changes").param("since", "2025-12-04"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.counts.newFailures").value(1))
                .andExpect(jsonPath("$.newFailures[0].controlId").value("s3_bucket_public_access"))
                .andExpect(jsonPath("$.newFailures[0].from").isEmpty())
                .andExpect(jsonPath("$.newFailures[0].to").value("FAIL"))
                .andExpect(jsonPath("$.fixed").isEmpty());
    }
}
