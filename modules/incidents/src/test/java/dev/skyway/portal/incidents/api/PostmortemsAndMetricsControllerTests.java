package dev.skyway.portal.incidents.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.skyway.portal.incidents.ActionItem;
import dev.skyway.portal.incidents.IncidentMetrics;
import dev.skyway.portal.incidents.IncidentsValidationException;
import dev.skyway.portal.incidents.MetricsFigures;
import dev.skyway.portal.incidents.MetricsReport;
import dev.skyway.portal.incidents.Postmortems;
import tools.jackson.databind.json.JsonMapper;

/**
 * The postmortem and metrics resources' HTTP shape: Markdown as text/markdown, 201 for a new action item, every
 * metric field present even when null (the portal leaves nulls out elsewhere), and 400 problem+json for bad dates.
 */
class PostmortemsAndMetricsControllerTests {

    static final UUID ID = UUID.fromString("4c1f3a52-2b7e-4d0c-9a41-1f0e2d3c4b5c");

    final Postmortems postmortems = mock(Postmortems.class);
    final IncidentMetrics metrics = mock(IncidentMetrics.class);
    final MockMvc mvc = MockMvcBuilders.standaloneSetup(new PostmortemsController(postmortems),
            new IncidentMetricsController(metrics)).setControllerAdvice(new IncidentsProblems()).build();
    /** As the portal is configured: null fields are left out unless a type says otherwise. */
    final MockMvc nonNull = MockMvcBuilders.standaloneSetup(new IncidentMetricsController(metrics))
            .setMessageConverters(new JacksonJsonHttpMessageConverter(JsonMapper.builder()
                    .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_NULL)).build()))
            .build();

    @Test
    void theMarkdownExportIsTextMarkdown() throws Exception {
        when(postmortems.markdown(ID)).thenReturn("# Postmortem: INC-42 Checkout down\n");

        mvc.perform(get("/api/v1/incidents/" + ID + "/postmortem.md"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/markdown;charset=UTF-8"))
                .andExpect(content().string("# Postmortem: INC-42 Checkout down\n"));
    }

    @Test
    void aNewActionItemIs201WithItsLocation() throws Exception {
        UUID item = UUID.randomUUID();
        when(postmortems.addActionItem(eq(ID), any())).thenReturn(new ActionItem(item, ID, "Alarm on 5xx",
                ActionItem.Status.OPEN, "ops@example.com", LocalDate.parse("2026-12-10"),
                Instant.parse("2026-12-03T09:00:00Z"), null));

        mvc.perform(post("/api/v1/incidents/" + ID + "/postmortem/action-items")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"Alarm on 5xx\", \"owner\": \"ops@example.com\", \"dueDate\": "
                                + "\"2026-12-10\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/incidents/" + ID + "/postmortem/action-items/" + item))
                .andExpect(jsonPath("$.dueDate").value("2026-12-10"))
                .andExpect(jsonPath("$.status").value("OPEN"));
    }

    @Test
    void everyMetricIsPresentNullWithoutData() throws Exception {
        MetricsFigures none = new MetricsFigures("all", 0, null, null, null, null);
        when(metrics.report("2026-11-01", "2026-12-01")).thenReturn(new MetricsReport(LocalDate.parse("2026-11-01"),
                LocalDate.parse("2026-12-01"), none, List.of(), List.of(), List.of(), List.of(), 2, 1));

        nonNull.perform(get("/api/v1/incidents/metrics?from=2026-11-01&to=2026-12-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(0))
                .andExpect(jsonPath("$.mttdSeconds").isEmpty())
                .andExpect(jsonPath("$.mttaSeconds").hasJsonPath())
                .andExpect(jsonPath("$.mttmSeconds").hasJsonPath())
                .andExpect(jsonPath("$.mttrSeconds").hasJsonPath())
                .andExpect(jsonPath("$.openActionItems").value(2));
    }

    @Test
    void badDatesAre400NamingTheParameter() throws Exception {
        when(metrics.report("yesterday", null)).thenThrow(new IncidentsValidationException(Map.of("from",
                "must be a date as YYYY-MM-DD")));

        mvc.perform(get("/api/v1/incidents/metrics?from=yesterday"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors.from").value("must be a date as YYYY-MM-DD"));
    }
}
