package dev.skyway.portal.platform;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.skyway.portal.PortalTestSupport;

/**
 * The audit chain verifier over HTTP through the whole application: the result names the reason of a break, and an
 * auditor can post an anchor (from the S3 object or the anchor log line) to check the chain against.
 */
class AuditApiTests extends PortalTestSupport {

    @Autowired
    MockMvc mvc;

    static MockHttpServletRequestBuilder asSecurity(MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION,
                "Basic " + Base64.getEncoder().encodeToString("security:demo".getBytes()));
    }

    @Test
    void verifiesTheChainAndSaysHowManyEntriesAreLegacy() throws Exception {
        mvc.perform(asSecurity(post("/api/v1/audit/verifications")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.legacyEntries").value(0));
    }

    @Test
    void anAnchorThatDoesNotMatchIsReportedWithItsReason() throws Exception {
        mvc.perform(asSecurity(post("/api/v1/audit/verifications")))
                .andExpect(status().isOk());

        mvc.perform(asSecurity(post("/api/v1/audit/verifications").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"seq\": 1, \"hash\": \"" + "0".repeat(63) + "1\"}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(false))
                .andExpect(jsonPath("$.brokenAtSeq").value(1))
                .andExpect(jsonPath("$.reason").value("ANCHOR_MISMATCH"))
                .andExpect(jsonPath("$.anchorSeq").value(1));
    }

    @Test
    void aMalformedAnchorIsABadRequest() throws Exception {
        mvc.perform(asSecurity(post("/api/v1/audit/verifications").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"seq\": 1, \"hash\": \"not-a-hash\"}")))
                .andExpect(status().isBadRequest());
    }
}
