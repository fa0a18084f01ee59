package dev.skyway.portal.incidents.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import dev.skyway.portal.incidents.AlertSeverity;
import dev.skyway.portal.incidents.Incident;
import dev.skyway.portal.incidents.IncidentConflictException;
import dev.skyway.portal.incidents.IncidentStatus;
import dev.skyway.portal.incidents.IncidentTimestamps;
import dev.skyway.portal.incidents.IncidentTransitionException;
import dev.skyway.portal.incidents.Incidents;
import dev.skyway.portal.incidents.IncidentsValidationException;
import dev.skyway.portal.incidents.NewIncident;
import dev.skyway.portal.incidents.Participant;
import dev.skyway.portal.incidents.RoutingAction;
import dev.skyway.portal.incidents.RoutingRule;
import dev.skyway.portal.incidents.RoutingRules;
import dev.skyway.portal.incidents.Severity;
import dev.skyway.portal.incidents.TimelineEntry;
import dev.skyway.portal.platform.identity.UserKey;

/**
 * The incidents and routing rules resources' HTTP shape over stubbed facades: the incident's fields and typed
 * timestamps ({@code startedAt} is when impact started), 201 with a Location, transitions with 409 for a move the
 * lifecycle refuses or a change meanwhile, the timeline, and 400 naming each field.
 */
class IncidentsControllerTests {

    static final UUID ID = UUID.fromString("4c1f3a52-2b7e-4d0c-9a41-1f0e2d3c4b5c");
    static final Instant NINE = Instant.parse("2026-12-03T09:00:00Z");
    static final Participant ERIN = new Participant(UserKey.local("erin"), "Erin");

    final Incidents incidents = mock(Incidents.class);
    final RoutingRules rules = mock(RoutingRules.class);
    final MockMvc mvc = MockMvcBuilders.standaloneSetup(new IncidentsController(incidents),
            new RoutingRulesController(rules)).setControllerAdvice(new IncidentsProblems()).build();

    static Incident incident(IncidentStatus status) {
        Incident triggered = new Incident(ID, 42, "Checkout down", "Checkout returns 500s", IncidentStatus.TRIGGERED,
                Severity.SEV2, Incident.Source.DECLARED, false, List.of("383317268332"), ERIN, ERIN,
                IncidentTimestamps.detected(NINE, NINE.minus(Duration.ofMinutes(10))), 1);
        return status == IncidentStatus.TRIGGERED ? triggered : triggered.moveTo(status, NINE.plusSeconds(600));
    }

    @Test
    void aDeclaredIncidentIs201WithItsFields() throws Exception {
        when(incidents.declare(any())).thenReturn(incident(IncidentStatus.TRIGGERED));

        mvc.perform(post("/api/v1/incidents").contentType(MediaType.APPLICATION_JSON).content("""
                        {"title": "Checkout down", "severity": "SEV2", "accountIds": ["383317268332"],
                         "summary": "Checkout returns 500s", "impactStartedAt": "2026-12-03T08:50:00Z"}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/incidents/" + ID))
                .andExpect(jsonPath("$.id").value(ID.toString()))
                .andExpect(jsonPath("$.reference").value("INC-42"))
                .andExpect(jsonPath("$.status").value("TRIGGERED"))
                .andExpect(jsonPath("$.severity").value("SEV2"))
                .andExpect(jsonPath("$.accountIds[0]").value("383317268332"))
                .andExpect(jsonPath("$.startedAt").value("2026-12-03T08:50:00Z"))
                .andExpect(jsonPath("$.detectedAt").value("2026-12-03T09:00:00Z"))
                .andExpect(jsonPath("$.acknowledgedAt").isEmpty())
                .andExpect(jsonPath("$.mitigatedAt").isEmpty())
                .andExpect(jsonPath("$.resolvedAt").isEmpty())
                .andExpect(jsonPath("$.commander.key").value("erin"));
        ArgumentCaptor<NewIncident> declared = ArgumentCaptor.forClass(NewIncident.class);
        org.mockito.Mockito.verify(incidents).declare(declared.capture());
        org.assertj.core.api.Assertions.assertThat(declared.getValue().impactStartedAt())
                .isEqualTo(Instant.parse("2026-12-03T08:50:00Z"));
    }

    @Test
    void aTransitionAnswersTheMovedIncidentOr409() throws Exception {
        when(incidents.transition(ID, "MITIGATED")).thenReturn(incident(IncidentStatus.MITIGATED));
        when(incidents.transition(ID, "ACKNOWLEDGED")).thenThrow(new IncidentTransitionException(
                IncidentStatus.MITIGATED, IncidentStatus.ACKNOWLEDGED, "the lifecycle only goes forward"));
        when(incidents.transition(ID, "RESOLVED")).thenThrow(new IncidentConflictException("INC-42 was changed"));

        mvc.perform(post("/api/v1/incidents/" + ID + "/transitions").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": \"MITIGATED\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("MITIGATED"))
                .andExpect(jsonPath("$.acknowledgedAt").value("2026-12-03T09:10:00Z"))
                .andExpect(jsonPath("$.mitigatedAt").value("2026-12-03T09:10:00Z"));
        mvc.perform(post("/api/v1/incidents/" + ID + "/transitions").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\": \"ACKNOWLEDGED\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.from").value("MITIGATED"))
                .andExpect(jsonPath("$.to").value("ACKNOWLEDGED"));
        mvc.perform(post("/api/v1/incidents/" + ID + "/transitions").contentType(MediaType.APPLICATION_JSON)
                .content("{\"to\": \"RESOLVED\"}")).andExpect(status().isConflict());
    }

    @Test
    void anUnknownIncidentIs404AndBadInput400() throws Exception {
        when(incidents.find(ID)).thenReturn(Optional.empty());
        when(incidents.declare(any())).thenThrow(new IncidentsValidationException(Map.of(
                "severity", "must be one of SEV1, SEV2, SEV3, SEV4")));

        mvc.perform(get("/api/v1/incidents/" + ID)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/incidents").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.severity").value("must be one of SEV1, SEV2, SEV3, SEV4"));
    }

    @Test
    void theTimelineListsItsEntriesOldestFirst() throws Exception {
        when(incidents.timeline(ID)).thenReturn(List.of(
                new TimelineEntry(1, NINE, "DECLARED", "Erin", "INC-42 declared by Erin (SEV2)", null, null, null,
                        null),
                new TimelineEntry(2, NINE.plusSeconds(5), "ALERT", "Skyway (system)", "Alert: db", "checkout",
                        "alert", "a-1", "/api/v1/incidents/alerts/a-1")));

        mvc.perform(get("/api/v1/incidents/" + ID + "/timeline")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("DECLARED"))
                .andExpect(jsonPath("$[1].refType").value("alert"))
                .andExpect(jsonPath("$[1].at").value("2026-12-03T09:00:05Z"));
    }

    @Test
    void routingRulesAreListedCreatedAndDeleted() throws Exception {
        RoutingRule rule = new RoutingRule(ID, 0, "critical pages", true, null, AlertSeverity.CRITICAL, null, null,
                RoutingAction.ATTACH_OR_OPEN, Severity.SEV1, Duration.ofMinutes(30));
        when(rules.create(any())).thenReturn(rule);
        when(rules.list()).thenReturn(List.of(rule));
        when(rules.delete(eq(ID))).thenReturn(true);

        mvc.perform(post("/api/v1/incidents/routing-rules").contentType(MediaType.APPLICATION_JSON).content("""
                        {"name": "critical pages", "minSeverity": "critical", "action": "ATTACH_OR_OPEN",
                         "incidentSeverity": "SEV1", "attachWindowMinutes": 30}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.minSeverity").value("critical"))
                .andExpect(jsonPath("$.attachWindowMinutes").value(30));
        mvc.perform(get("/api/v1/incidents/routing-rules")).andExpect(jsonPath("$[0].action").value("ATTACH_OR_OPEN"));
        mvc.perform(delete("/api/v1/incidents/routing-rules/" + ID)).andExpect(status().isNoContent());
        mvc.perform(delete("/api/v1/incidents/routing-rules/" + UUID.randomUUID())).andExpect(status().isNotFound());
    }
}
