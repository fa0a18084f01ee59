package dev.skyway.portal.compliance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.skyway.portal.compliance.Attestation;
import dev.skyway.portal.compliance.ComplianceAttestations;
import dev.skyway.portal.compliance.ComplianceWaivers;
import dev.skyway.portal.compliance.EvidenceFile;
import dev.skyway.portal.compliance.InvalidComplianceQueryException;
import dev.skyway.portal.compliance.NewAttestation;
import dev.skyway.portal.compliance.NewWaiver;
import dev.skyway.portal.compliance.Waiver;
import dev.skyway.portal.compliance.WaiverStateException;
import dev.skyway.portal.compliance.WaiverStatus;

import tools.jackson.databind.json.JsonMapper;

/** The waivers' and attestations' HTTP shape over stubbed facades: the contract, 400s naming the field. */
class ComplianceWaiversApiTests {

    static final UUID ID = UUID.fromString("1f6c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b");
    static final Instant AT = Instant.parse("2025-12-05T08:00:00Z");
    static final String ACCOUNT = "382272806015";

    final ComplianceWaivers waivers = mock(ComplianceWaivers.class);
    final ComplianceAttestations attestations = mock(ComplianceAttestations.class);
    final MockMvc mvc = MockMvcBuilders.standaloneSetup(new ComplianceWaiversController(waivers),
                    new ComplianceAttestationsController(attestations))
            .setControllerAdvice(new ComplianceProblems())
            .setMessageConverters(new JacksonJsonHttpMessageConverter(JsonMapper.builder()
                    .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_NULL))))
            .build();

    static Waiver waiver(WaiverStatus status) {
        return new Waiver(ID, ACCOUNT, "iam_root_hardware_mfa_enabled", "IAM.6", null, "keys on order",
                "root locked away", LocalDate.of(2026, 1, 31), status, UUID.randomUUID(), "erin", "Erin", AT, null,
                null, null, null, null);
    }

    @Test
    void aWaiverRequestIs201PendingApproval() throws Exception {
        when(waivers.request(any())).thenReturn(waiver(WaiverStatus.PENDING_APPROVAL));

        mvc.perform(post("/api/v1/compliance/waivers").contentType(MediaType.APPLICATION_JSON).content("""
                        {"accountId": "382272806015", "controlId": "iam_root_hardware_mfa_enabled",
                         "resourceId": null, "reason": "keys on order", "compensatingControl": "root locked away",
                         "expiresOn": "2026-01-31"}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/compliance/waivers/" + ID))
                .andExpect(jsonPath("$.id").value(ID.toString()))
                .andExpect(jsonPath("$.status").value("PENDING_APPROVAL"))
                .andExpect(jsonPath("$.accountId").value(ACCOUNT))
                .andExpect(jsonPath("$.controlId").value("iam_root_hardware_mfa_enabled"))
                .andExpect(jsonPath("$.resourceId").isEmpty())
                .andExpect(jsonPath("$.reason").value("keys on order"))
                .andExpect(jsonPath("$.expiresOn").value("2026-01-31"));
        ArgumentCaptor<NewWaiver> request = ArgumentCaptor.forClass(NewWaiver.class);
        org.mockito.Mockito.verify(waivers).request(request.capture());
        assertThat(request.getValue()).isEqualTo(new NewWaiver(ACCOUNT, "iam_root_hardware_mfa_enabled", null,
                "keys on order", "root locked away", LocalDate.of(2026, 1, 31)));
    }

    @Test
    void anExpiryBeyondPolicyOrNoDateIs400NamingExpiresOn() throws Exception {
        when(waivers.request(any())).thenThrow(new InvalidComplianceQueryException(Map.of("expiresOn",
                "must be at most 365 days ahead (by 2026-12-05), as the policy allows"), "wrong fields: expiresOn"));
        mvc.perform(post("/api/v1/compliance/waivers").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"accountId\": \"382272806015\", \"expiresOn\": \"2027-06-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors.expiresOn").value(
                        "must be at most 365 days ahead (by 2026-12-05), as the policy allows"));

        org.mockito.Mockito.reset(waivers);
        mvc.perform(post("/api/v1/compliance/waivers").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"expiresOn\": \"next year\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.expiresOn").value("must be a date (YYYY-MM-DD)"));
        verifyNoInteractions(waivers);
    }

    @Test
    void waiversAreListedByStatusAndAccountAndReadOneByOne() throws Exception {
        when(waivers.list(WaiverStatus.ACTIVE, ACCOUNT)).thenReturn(List.of(waiver(WaiverStatus.ACTIVE)));
        when(waivers.find(ID)).thenReturn(Optional.of(waiver(WaiverStatus.ACTIVE)));

        mvc.perform(get("/api/v1/compliance/waivers?status=active&accountId=" + ACCOUNT))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].status").value("ACTIVE"));
        mvc.perform(get("/api/v1/compliance/waivers/" + ID)).andExpect(status().isOk())
                .andExpect(jsonPath("$.controlKey").value("IAM.6"));
        mvc.perform(get("/api/v1/compliance/waivers/" + UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/compliance/waivers?status=sleeping")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.status").exists());
        mvc.perform(get("/api/v1/compliance/waivers?team=x")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.team").exists());
        mvc.perform(get("/api/v1/compliance/waivers/not-an-id")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.id").value("must be a UUID"));
    }

    @Test
    void aRevokeTakesAReasonAndAnEndedWaiverIs409() throws Exception {
        when(waivers.revoke(ID, "keys arrived")).thenReturn(waiver(WaiverStatus.REVOKED));
        mvc.perform(post("/api/v1/compliance/waivers/" + ID + "/revoke").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"keys arrived\"}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REVOKED"));

        when(waivers.revoke(eq(ID), isNull())).thenThrow(InvalidComplianceQueryException.of("reason",
                "is required"));
        mvc.perform(post("/api/v1/compliance/waivers/" + ID + "/revoke")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.reason").value("is required"));

        when(waivers.revoke(ID, "again")).thenThrow(new WaiverStateException("A EXPIRED waiver cannot be revoked"));
        mvc.perform(post("/api/v1/compliance/waivers/" + ID + "/revoke").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"again\"}")).andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", "application/problem+json"));
    }

    @Test
    void anAttestationIs201WithItsEvidenceAndAWrongFrameworkIdIsNamed() throws Exception {
        UUID framework = UUID.randomUUID();
        Attestation attestation = new Attestation(ID, framework, "1.22", null, "CloudShell access reviewed",
                "https://wiki.example.com/x", "review.txt", LocalDate.of(2026, 3, 31), WaiverStatus.PENDING_APPROVAL,
                null, "sam", "Sam", AT, null, null, null);
        ArgumentCaptor<EvidenceFile> file = ArgumentCaptor.forClass(EvidenceFile.class);
        when(attestations.submit(any(), file.capture())).thenReturn(attestation);

        mvc.perform(post("/api/v1/compliance/attestations").contentType(MediaType.APPLICATION_JSON).content("""
                        {"frameworkId": "%s", "requirementId": "1.22", "statement": "CloudShell access reviewed",
                         "evidenceUrl": "https://wiki.example.com/x", "validUntil": "2026-03-31",
                         "evidenceFile": {"fileName": "review.txt", "contentType": "text/plain",
                                          "base64": "b2s="}}""".formatted(framework)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PENDING_APPROVAL"))
                .andExpect(jsonPath("$.accountId").isEmpty())
                .andExpect(jsonPath("$.evidenceFile").value("review.txt"));
        assertThat(new String(file.getValue().content())).isEqualTo("ok");
        org.mockito.Mockito.verify(attestations).submit(eq(new NewAttestation(framework, "1.22", null,
                "CloudShell access reviewed", "https://wiki.example.com/x", LocalDate.of(2026, 3, 31))), any());

        mvc.perform(post("/api/v1/compliance/attestations").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"frameworkId\": \"cis\"}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.frameworkId").value("must be a UUID"));
        when(attestations.list(null, WaiverStatus.ACTIVE, null)).thenReturn(List.of(attestation));
        mvc.perform(get("/api/v1/compliance/attestations?status=ACTIVE")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].requirementId").value("1.22"));
    }
}
