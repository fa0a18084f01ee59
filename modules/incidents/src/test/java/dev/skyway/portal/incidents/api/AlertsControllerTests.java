package dev.skyway.portal.incidents.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import dev.skyway.portal.incidents.Alert;
import dev.skyway.portal.incidents.AlertKind;
import dev.skyway.portal.incidents.AlertPage;
import dev.skyway.portal.incidents.AlertSeverity;
import dev.skyway.portal.incidents.AlertStatus;
import dev.skyway.portal.incidents.Alerts;
import dev.skyway.portal.incidents.CreatedIntegration;
import dev.skyway.portal.incidents.IncidentsValidationException;
import dev.skyway.portal.incidents.Integration;
import dev.skyway.portal.incidents.IntegrationType;
import dev.skyway.portal.incidents.Integrations;

/**
 * The alerts and integrations resources' HTTP shape over stubbed facades (who may call them is the facades' and the
 * application's access rules' business): the list's {@code total} and items, the filters, 201 with the secret shown
 * once, 400 naming each field.
 */
class AlertsControllerTests {

    static final UUID INTEGRATION = UUID.fromString("0f3c1a52-2b7e-4d0c-9a41-1f0e2d3c4b5a");
    static final UUID ALERT = UUID.fromString("6c1f3a52-2b7e-4d0c-9a41-1f0e2d3c4b5b");
    static final Instant NINE = Instant.parse("2026-12-03T09:00:00Z");

    final Alerts alerts = mock(Alerts.class);
    final Integrations integrations = mock(Integrations.class);
    final MockMvc mvc = MockMvcBuilders.standaloneSetup(new AlertsController(alerts),
            new IntegrationsController(integrations)).setControllerAdvice(new IncidentsProblems()).build();

    @Test
    void theListCarriesTheTotalAndEachAlert() throws Exception {
        Alert alert = new Alert(ALERT, INTEGRATION, "checkout-db", AlertKind.EVENT, AlertStatus.TRIGGERED,
                AlertSeverity.CRITICAL, "Checkout database connection pool exhausted", "checkout-db",
                "383317268332", "eu-central-1", "checkout", null, "{}", 3, NINE, NINE.plusSeconds(300), null, null,
                null);
        when(alerts.list(INTEGRATION, AlertStatus.TRIGGERED, 0, 100)).thenReturn(new AlertPage(41, List.of(alert)));

        mvc.perform(get("/api/v1/incidents/alerts").param("integrationId", INTEGRATION.toString())
                        .param("status", "triggered"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(41))
                .andExpect(jsonPath("$.items[0].id").value(ALERT.toString()))
                .andExpect(jsonPath("$.items[0].dedupKey").value("checkout-db"))
                .andExpect(jsonPath("$.items[0].status").value("TRIGGERED"))
                .andExpect(jsonPath("$.items[0].occurrences").value(3))
                .andExpect(jsonPath("$.items[0].summary").value("Checkout database connection pool exhausted"))
                .andExpect(jsonPath("$.items[0].accountId").value("383317268332"))
                .andExpect(jsonPath("$.items[0].incidentId").isEmpty())
                .andExpect(jsonPath("$.items[0].severity").value("CRITICAL"))
                .andExpect(jsonPath("$.items[0].firstSeenAt").value("2026-12-03T09:00:00Z"));
    }

    @Test
    void anUnknownStatusIs400() throws Exception {
        mvc.perform(get("/api/v1/incidents/alerts").param("status", "OPEN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.status").value("must be one of TRIGGERED, ACKNOWLEDGED, RESOLVED"));
    }

    @Test
    void withoutFiltersEveryAlertIsListed() throws Exception {
        when(alerts.list(null, null, 0, 100)).thenReturn(new AlertPage(0, List.of()));

        mvc.perform(get("/api/v1/incidents/alerts")).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0)).andExpect(jsonPath("$.items").isEmpty());
        verify(alerts).list(null, null, 0, 100);
    }

    @Test
    void anIntegrationIsCreatedWithItsUrlAndSecretShownOnce() throws Exception {
        Integration integration = new Integration(INTEGRATION, IntegrationType.SNS, "CloudWatch alarms", true,
                "Ada", NINE, null, null, null);
        String url = "/api/v1/incidents/intake/sns/" + INTEGRATION + "/s3cret";
        when(integrations.create("sns", "CloudWatch alarms")).thenReturn(new CreatedIntegration(integration, url,
                "s3cret"));

        mvc.perform(post("/api/v1/incidents/integrations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"sns\", \"name\": \"CloudWatch alarms\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/incidents/integrations/" + INTEGRATION))
                .andExpect(jsonPath("$.id").value(INTEGRATION.toString()))
                .andExpect(jsonPath("$.type").value("sns"))
                .andExpect(jsonPath("$.url").value(url))
                .andExpect(jsonPath("$.secret").value("s3cret"));
        when(integrations.list()).thenReturn(List.of(integration));
        mvc.perform(get("/api/v1/incidents/integrations")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("CloudWatch alarms"))
                .andExpect(jsonPath("$[0].url").isEmpty())
                .andExpect(jsonPath("$[0].secret").doesNotExist());
    }

    @Test
    void badIntegrationInputIs400NamingEachField() throws Exception {
        when(integrations.create(any(), any())).thenThrow(new IncidentsValidationException(Map.of(
                "type", "must be one of sns, alertmanager, events", "name", "must have 1 to 128 characters")));

        mvc.perform(post("/api/v1/incidents/integrations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"webhook\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors.type").value("must be one of sns, alertmanager, events"))
                .andExpect(jsonPath("$.errors.name").exists());
        mvc.perform(post("/api/v1/incidents/integrations").contentType(MediaType.APPLICATION_JSON).content("[1"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anOutOfRangeLimitIs400() throws Exception {
        when(alerts.list(any(), any(), anyInt(), anyInt())).thenThrow(new IncidentsValidationException(
                Map.of("limit", "must be 1 to 500")));

        mvc.perform(get("/api/v1/incidents/alerts").param("limit", "9999")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.limit").value("must be 1 to 500"));
    }
}
