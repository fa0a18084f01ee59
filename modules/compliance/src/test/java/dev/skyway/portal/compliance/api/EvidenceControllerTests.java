package dev.skyway.portal.compliance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import dev.skyway.portal.compliance.ComplianceEvidence;
import dev.skyway.portal.compliance.EvidencePack;
import dev.skyway.portal.compliance.EvidenceReceipt;
import dev.skyway.portal.compliance.Framework;
import dev.skyway.portal.compliance.InvalidComplianceQueryException;

/** The evidence endpoint's HTTP shape over a stubbed facade: a ZIP attachment, or problem+json before any byte. */
class EvidenceControllerTests {

    static final UUID ID = UUID.fromString("1f6c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b");
    static final String ACCOUNT = "382272806015";

    final ComplianceEvidence evidence = mock(ComplianceEvidence.class);
    final MockMvc mvc = MockMvcBuilders.standaloneSetup(new EvidenceController(evidence))
            .setControllerAdvice(new ComplianceProblems()).build();

    @Test
    void aPackIsAZipAttachmentNamedAfterFrameworkScopeAndDay() throws Exception {
        Framework cis = new Framework(ID, "CIS", "CIS 3.0", "3.0", "AWS", null, Framework.BUILTIN, 41, List.of());
        EvidencePack pack = new EvidencePack(UUID.randomUUID(), cis, ACCOUNT, null, java.util.Set.of(ACCOUNT),
                "account " + ACCOUNT, "evidence-cis-3.0-account-382272806015-2026-12-03.zip", "sam",
                Instant.parse("2026-12-03T10:00:00Z"));
        when(evidence.plan(ID, ACCOUNT, null)).thenReturn(pack);
        when(evidence.write(eq(pack), any())).thenAnswer(call -> {
            call.getArgument(1, OutputStream.class).write(new byte[] {'P', 'K', 3, 4});
            return new EvidenceReceipt(pack.exportId(), List.of(), "0".repeat(64), 1, 2);
        });

        var response = mvc.perform(get("/api/v1/compliance/frameworks/" + ID + "/evidence?accountId=" + ACCOUNT))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"evidence-cis-3.0-account-382272806015-2026-12-03.zip\""))
                .andReturn().getResponse();
        assertThat(response.getContentAsByteArray()).startsWith('P', 'K', 3, 4);
    }

    @Test
    void badIdsAndParametersAre400AndAnUnknownFrameworkIs404() throws Exception {
        mvc.perform(get("/api/v1/compliance/frameworks/not-a-uuid/evidence"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors.id").value("must be a UUID"));
        mvc.perform(get("/api/v1/compliance/frameworks/" + ID + "/evidence?team=payments"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.team").exists());
        verifyNoInteractions(evidence);

        when(evidence.plan(ID, null, "nobody")).thenThrow(new InvalidComplianceQueryException(Map.of("teamId",
                "no account in the inventory is owned by team nobody"), "wrong parameters: teamId"));
        mvc.perform(get("/api/v1/compliance/frameworks/" + ID + "/evidence?teamId=nobody"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.teamId").value("no account in the inventory is owned by team nobody"));
        when(evidence.plan(eq(ID), isNull(), isNull())).thenThrow(new NoSuchElementException("No framework " + ID));
        mvc.perform(get("/api/v1/compliance/frameworks/" + ID + "/evidence"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", "application/problem+json"));
    }
}
