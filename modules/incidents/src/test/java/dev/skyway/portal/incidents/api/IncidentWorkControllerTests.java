package dev.skyway.portal.incidents.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import dev.skyway.portal.incidents.AlertOnAnotherIncidentException;
import dev.skyway.portal.incidents.ChangeWindow;
import dev.skyway.portal.incidents.IncidentAlerts;
import dev.skyway.portal.incidents.IncidentEdit;
import dev.skyway.portal.incidents.IncidentFilter;
import dev.skyway.portal.incidents.IncidentPage;
import dev.skyway.portal.incidents.IncidentRole;
import dev.skyway.portal.incidents.IncidentStatus;
import dev.skyway.portal.incidents.Incidents;
import dev.skyway.portal.incidents.IncidentsValidationException;
import dev.skyway.portal.incidents.RoleAssignment;
import dev.skyway.portal.incidents.TimelineEntry;
import dev.skyway.portal.platform.changes.AccountChange;

/**
 * The HTTP shape of running an incident over a stubbed facade: the list ({@code total}, {@code items}), corrections
 * with PATCH, roles with PUT, notes with POST (201, the new timeline entry) and what changed with absolute links.
 */
class IncidentWorkControllerTests {

    static final Instant NINE = IncidentsControllerTests.NINE;

    final Incidents incidents = mock(Incidents.class);
    final IncidentAlerts attachments = mock(IncidentAlerts.class);
    final MockMvc mvc = MockMvcBuilders.standaloneSetup(new IncidentsController(incidents),
                    new IncidentRolesController(incidents), new IncidentNotesController(incidents),
                    new IncidentAlertsController(attachments))
            .setControllerAdvice(new IncidentsProblems()).build();

    @Test
    void theListPassesItsFiltersAndAnswersTotalAndItems() throws Exception {
        when(incidents.list(new IncidentFilter("OPEN", "SEV2", null, "checkout", null), 0, 50)).thenReturn(
                new IncidentPage(7, List.of(IncidentsControllerTests.incident(IncidentStatus.ACKNOWLEDGED))));

        mvc.perform(get("/api/v1/incidents?status=OPEN&severity=SEV2&q=checkout"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(7))
                .andExpect(jsonPath("$.items[0].reference").value("INC-42"))
                .andExpect(jsonPath("$.items[0].status").value("ACKNOWLEDGED"));
    }

    @Test
    void badListParametersAre400NamingThem() throws Exception {
        when(incidents.list(any(), eq(0), eq(50))).thenThrow(new IncidentsValidationException(
                Map.of("severity", "must be one of SEV1, SEV2, SEV3, SEV4")));

        mvc.perform(get("/api/v1/incidents?severity=SEV9"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.severity").value("must be one of SEV1, SEV2, SEV3, SEV4"));
    }

    @Test
    void aCorrectionIsAPatchOfStartedAtOrSeverity() throws Exception {
        when(incidents.edit(IncidentsControllerTests.ID, new IncidentEdit(Instant.parse("2026-12-03T08:30:00Z"),
                null))).thenReturn(IncidentsControllerTests.incident(IncidentStatus.TRIGGERED));

        mvc.perform(patch("/api/v1/incidents/" + IncidentsControllerTests.ID).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"startedAt\": \"2026-12-03T08:30:00Z\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reference").value("INC-42"));
    }

    @Test
    void aRoleIsPutAndANoteIsPosted() throws Exception {
        when(incidents.assignRole(IncidentsControllerTests.ID, "scribe", "sam", null)).thenReturn(List.of(
                new RoleAssignment(IncidentRole.SCRIBE, IncidentsControllerTests.ERIN, NINE)));
        when(incidents.addNote(IncidentsControllerTests.ID, "Rolled back")).thenReturn(
                new TimelineEntry(5, NINE, "NOTE", "Erin", "Rolled back", "Rolled back", null, null, null));

        mvc.perform(put("/api/v1/incidents/" + IncidentsControllerTests.ID + "/roles/scribe")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"user\": \"sam\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].role").value("SCRIBE"))
                .andExpect(jsonPath("$[0].person.name").value("Erin"));
        mvc.perform(post("/api/v1/incidents/" + IncidentsControllerTests.ID + "/notes")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Rolled back\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("NOTE"));
    }

    @Test
    void whatChangedListsTheWindowAndLinksEachChange() throws Exception {
        var incident = IncidentsControllerTests.incident(IncidentStatus.TRIGGERED);
        when(incidents.find(IncidentsControllerTests.ID)).thenReturn(Optional.of(incident));
        when(incidents.changeWindow(incident)).thenReturn(new ChangeWindow(NINE.minusSeconds(72 * 3600), NINE));
        when(incidents.changes(IncidentsControllerTests.ID)).thenReturn(List.of(new AccountChange("383317268332",
                NINE.minusSeconds(3600), AccountChange.PRODUCT_UPDATED, "Updated orders-db", "Erin",
                "requests/abc", "provisioning")));

        mvc.perform(get("/api/v1/incidents/" + IncidentsControllerTests.ID + "/changes"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.from").value("2026-11-30T09:00:00Z"))
                .andExpect(jsonPath("$.items[0].link").value("/requests/abc"))
                .andExpect(jsonPath("$.items[0].kind").value("PRODUCT_UPDATED"));
    }

    @Test
    void aRoleIsRemovedWithDeleteAndTheCommanderRoleIs400() throws Exception {
        when(incidents.removeRole(IncidentsControllerTests.ID, "scribe")).thenReturn(List.of(
                new RoleAssignment(IncidentRole.COMMANDER, IncidentsControllerTests.ERIN, NINE)));
        when(incidents.removeRole(IncidentsControllerTests.ID, "commander")).thenThrow(
                new IncidentsValidationException(Map.of("role", "the commander role cannot be left empty")));

        mvc.perform(delete("/api/v1/incidents/" + IncidentsControllerTests.ID + "/roles/scribe"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].role").value("COMMANDER"));
        mvc.perform(delete("/api/v1/incidents/" + IncidentsControllerTests.ID + "/roles/commander"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.role").value("the commander role cannot be left empty"));
    }

    @Test
    void anAlertIsAttachedWithPost404WhenUnknown409WhenOnAnotherOpenIncident() throws Exception {
        UUID alertId = UUID.fromString("00000000-0000-0000-0000-00000000a1e7");
        UUID other = UUID.fromString("00000000-0000-0000-0000-000000000007");
        when(attachments.attach(IncidentsControllerTests.ID, alertId, true)).thenReturn(List.of());
        when(attachments.attach(IncidentsControllerTests.ID, alertId, false)).thenThrow(
                new AlertOnAnotherIncidentException("The alert is on INC-7, which is still open", other));
        when(attachments.attach(IncidentsControllerTests.ID, other, false)).thenThrow(
                new java.util.NoSuchElementException("No alert " + other));

        mvc.perform(post("/api/v1/incidents/" + IncidentsControllerTests.ID + "/alerts")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"alertId\": \"" + alertId
                                + "\", \"move\": true}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/incidents/" + IncidentsControllerTests.ID + "/alerts")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"alertId\": \"" + alertId + "\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.incidentId").value(other.toString()))
                .andExpect(jsonPath("$.detail").value(
                        "The alert is on INC-7, which is still open: send \"move\": true to move it here"));
        mvc.perform(post("/api/v1/incidents/" + IncidentsControllerTests.ID + "/alerts")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"alertId\": \"" + other + "\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/incidents/" + IncidentsControllerTests.ID + "/alerts")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"alertId\": \"nope\"}"))
                .andExpect(status().isBadRequest());
    }
}
