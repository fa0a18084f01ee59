package dev.skyway.portal.compliance.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
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
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.skyway.portal.compliance.InvalidComplianceQueryException;
import dev.skyway.portal.compliance.internal.aws.PropertyDrift;
import dev.skyway.portal.compliance.internal.drift.DriftCheck;
import dev.skyway.portal.compliance.internal.drift.DriftFilter;
import dev.skyway.portal.compliance.internal.drift.DriftService;
import dev.skyway.portal.compliance.internal.drift.DriftedResource;
import dev.skyway.portal.compliance.internal.drift.StackDrift;
import tools.jackson.databind.json.JsonMapper;

/** The drift API's HTTP shape over a stubbed service: the stacks with their diff, 202 for a check, 400s naming. */
class DriftApiTests {

    static final UUID CHECK = UUID.fromString("5a0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d");
    static final UUID RESOURCE = UUID.fromString("0f1e2d3c-4b5a-4968-8776-655443322110");
    static final Instant AT = Instant.parse("2026-11-20T08:00:00Z");
    static final String ARN = "arn:aws:cloudformation:eu-west-1:382272806015:stack/SC-382272806015-pp-web/0a1b";

    final DriftService drift = mock(DriftService.class);
    final MockMvc mvc = MockMvcBuilders.standaloneSetup(new DriftController(drift))
            .setControllerAdvice(new ComplianceProblems())
            .setMessageConverters(new JacksonJsonHttpMessageConverter(JsonMapper.builder()
                    .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_NULL))))
            .build();

    static DriftCheck check(String status, String driftStatus) {
        return new DriftCheck(CHECK, ARN, "SC-382272806015-pp-web", "382272806015", "eu-west-1", RESOURCE, status,
                driftStatus, driftStatus == null ? null : 1, null, "sam", AT, driftStatus == null ? null : AT);
    }

    @Test
    void listsStacksWithTheirDriftedResourcesExpectedBesideActual() throws Exception {
        when(drift.stacks(new DriftFilter("382272806015", "DRIFTED", RESOURCE))).thenReturn(List.of(new StackDrift(
                check(DriftCheck.COMPLETE, "DRIFTED"), null, List.of(new DriftedResource("Bucket", "web-assets",
                "AWS::S3::Bucket", "MODIFIED", List.of(new PropertyDrift("/VersioningConfiguration/Status",
                "\"Enabled\"", "\"Suspended\"", "NOT_EQUAL")), AT)))));

        mvc.perform(get("/api/v1/compliance/drift").param("accountId", "382272806015").param("status", "drifted")
                        .param("requestId", RESOURCE.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].stackArn").value(ARN))
                .andExpect(jsonPath("$.items[0].requestId").value(RESOURCE.toString()))
                .andExpect(jsonPath("$.items[0].status").value("DRIFTED"))
                .andExpect(jsonPath("$.items[0].driftedResources").value(1))
                .andExpect(jsonPath("$.items[0].checking").value(false))
                .andExpect(jsonPath("$.items[0].resources[0].logicalResourceId").value("Bucket"))
                .andExpect(jsonPath("$.items[0].resources[0].driftStatus").value("MODIFIED"))
                .andExpect(jsonPath("$.items[0].resources[0].differences[0].propertyPath")
                        .value("/VersioningConfiguration/Status"))
                .andExpect(jsonPath("$.items[0].resources[0].differences[0].expectedValue").value("\"Enabled\""))
                .andExpect(jsonPath("$.items[0].resources[0].differences[0].actualValue").value("\"Suspended\""));
    }

    @Test
    void aCheckIs202InProgress() throws Exception {
        when(drift.requestCheck(null, RESOURCE)).thenReturn(check(DriftCheck.IN_PROGRESS, null));

        mvc.perform(post("/api/v1/compliance/drift/checks").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"requestId\": \"" + RESOURCE + "\"}"))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", "/api/v1/compliance/drift/checks/" + CHECK))
                .andExpect(jsonPath("$.id").value(CHECK.toString()))
                .andExpect(jsonPath("$.status").value("DETECTION_IN_PROGRESS"));
    }

    @Test
    void wrongValuesAre400NamingTheField() throws Exception {
        mvc.perform(get("/api/v1/compliance/drift").param("status", "sideways"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.status").exists());
        mvc.perform(get("/api/v1/compliance/drift").param("colour", "red"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.colour").exists());
        mvc.perform(post("/api/v1/compliance/drift/checks").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"requestId\": \"nope\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.requestId").exists());
        when(drift.requestCheck(any(), any())).thenThrow(new InvalidComplianceQueryException(Map.of("stackArn",
                "or requestId is required", "requestId", "or stackArn is required"), "one of the two"));
        mvc.perform(post("/api/v1/compliance/drift/checks").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.stackArn").exists());
        mvc.perform(get("/api/v1/compliance/drift/checks/x")).andExpect(status().isBadRequest());
        when(drift.check(CHECK)).thenReturn(java.util.Optional.empty());
        mvc.perform(get("/api/v1/compliance/drift/checks/" + CHECK)).andExpect(status().isNotFound());
    }
}
