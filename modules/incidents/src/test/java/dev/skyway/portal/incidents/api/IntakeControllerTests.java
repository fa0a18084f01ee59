package dev.skyway.portal.incidents.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import dev.skyway.portal.incidents.AlertIntake;
import dev.skyway.portal.incidents.IntakeAuthenticationException;
import dev.skyway.portal.incidents.IntakeOutcome;
import dev.skyway.portal.incidents.IntakeUnavailableException;
import dev.skyway.portal.incidents.InvalidPayloadException;
import dev.skyway.portal.incidents.MessageRefusedException;

/**
 * The intake endpoints' HTTP shape over a stubbed facade: SNS's text/plain body and type header reach the facade;
 * the Events API answers 202 with the dedup key; a bad payload is a 400 naming the problem, a wrong secret a 401, an
 * unverified message a 403 and only a passing problem a 503 with Retry-After.
 */
class IntakeControllerTests {

    static final UUID ID = UUID.fromString("0f3c1a52-2b7e-4d0c-9a41-1f0e2d3c4b5a");

    final AlertIntake intake = mock(AlertIntake.class);
    final MockMvc mvc = MockMvcBuilders.standaloneSetup(new IntakeController(intake))
            .setControllerAdvice(new IncidentsProblems()).build();

    @Test
    void snsPostsTextPlainJsonWithItsTypeInAHeader() throws Exception {
        when(intake.sns(eq(ID), eq("s3cret"), anyString(), eq("Notification"), anyString()))
                .thenReturn(new IntakeOutcome(IntakeOutcome.Result.ACCEPTED, 1, null));

        mvc.perform(post("/api/v1/incidents/intake/sns/" + ID + "/s3cret")
                        .contentType("text/plain; charset=UTF-8").header("x-amz-sns-message-type", "Notification")
                        .content("{\"Type\":\"Notification\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("success"))
                .andExpect(jsonPath("$.result").value("ACCEPTED"))
                .andExpect(jsonPath("$.alerts").value(1));
        verify(intake).sns(ID, "s3cret", "{\"Type\":\"Notification\"}", "Notification", "text/plain; charset=UTF-8");
    }

    @Test
    void anEventIsAcceptedWith202AndItsDedupKey() throws Exception {
        when(intake.events(eq(ID), eq("Bearer k"), anyString(), any()))
                .thenReturn(new IntakeOutcome(IntakeOutcome.Result.ACCEPTED, 1, "checkout-db"));

        mvc.perform(post("/api/v1/incidents/intake/events/" + ID).header("Authorization", "Bearer k")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("success"))
                .andExpect(jsonPath("$.dedup_key").value("checkout-db"));
    }

    @Test
    void aBadPayloadIs400NamingTheProblem() throws Exception {
        when(intake.alertmanager(eq(ID), eq("Bearer k"), anyString(), any()))
                .thenThrow(new InvalidPayloadException("alerts[1].fingerprint: required, a non-empty string"));

        mvc.perform(post("/api/v1/incidents/intake/alertmanager/" + ID).header("Authorization", "Bearer k")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.detail").value("alerts[1].fingerprint: required, a non-empty string"));
    }

    @Test
    void anEmptyBodyReachesTheFacadeAsEmptyText() throws Exception {
        when(intake.events(eq(ID), isNull(), eq(""), isNull())).thenThrow(new InvalidPayloadException("body: is empty"));

        mvc.perform(post("/api/v1/incidents/intake/events/" + ID)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("body: is empty"));
    }

    @Test
    void aWrongSecretIs401() throws Exception {
        when(intake.events(eq(ID), any(), anyString(), any())).thenThrow(new IntakeAuthenticationException());

        mvc.perform(post("/api/v1/incidents/intake/events/" + ID).content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(jsonPath("$.detail").value("Unknown integration or wrong secret"));
    }

    @Test
    void anUnverifiedMessageIs403AndAPassingProblem503() throws Exception {
        when(intake.sns(eq(ID), eq("a"), anyString(), any(), any()))
                .thenThrow(new MessageRefusedException("the signature does not match the message"));
        when(intake.sns(eq(ID), eq("b"), anyString(), any(), any()))
                .thenThrow(new IntakeUnavailableException("the signing certificate answered HTTP 503", null));

        mvc.perform(post("/api/v1/incidents/intake/sns/" + ID + "/a").content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("the signature does not match the message"));
        mvc.perform(post("/api/v1/incidents/intake/sns/" + ID + "/b").content("{}"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "30"));
    }

    @Test
    void aMalformedIntegrationIdIs400() throws Exception {
        mvc.perform(post("/api/v1/incidents/intake/events/not-a-uuid").content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.integrationId").value("is not a valid value"));
    }
}
