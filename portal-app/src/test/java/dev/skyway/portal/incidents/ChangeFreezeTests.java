package dev.skyway.portal.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import dev.skyway.portal.PortalTestSupport;
import dev.skyway.portal.catalog.Catalog;

/**
 * The change freeze end to end, through the REST API with the demo users: an open SEV1 on an account holds the
 * approval of a prod request for that account (pending before the incident, and submitted during it): the stage
 * shows {@code HELD} with the incident's id, and the approver cannot decide it. The commander lets one change
 * through; mitigating the incident releases the rest, which approvers then decide.
 */
class ChangeFreezeTests extends PortalTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    /** An account of its own, so that the freeze holds nothing another test submits. */
    final String account = "9" + String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));

    @BeforeEach
    void synced() {
        syncedAsAdmin(catalog::syncNow);
    }

    @Test
    void anOpenSev1HoldsTheAccountsProdApprovalsUntilItIsMitigated() throws Exception {
        String pending = submitted();
        String incident = declared("SEV1");

        // a change pending when the incident was declared is held, with the incident's id and why
        String etag = etag(pending);
        request(pending)
                .andExpect(jsonPath("$.status").value("PENDING_APPROVAL"))
                .andExpect(jsonPath("$.stages[0].status").value("HELD"))
                .andExpect(jsonPath("$.stages[0].incidentId").value(incident))
                .andExpect(jsonPath("$.stages[0].heldBy").value("incident:" + incident))
                .andExpect(jsonPath("$.stages[0].holdReason").value(containsString("SEV1")))
                .andExpect(jsonPath("$.stages[0].holdLink").value("incidents/" + incident));
        approve(pending, etag)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("on hold")));

        // a change submitted during the incident is held as its stage opens
        String during = submitted();
        request(during).andExpect(jsonPath("$.stages[0].status").value("HELD"))
                .andExpect(jsonPath("$.stages[0].incidentId").value(incident));
        mvc.perform(asDemoUser("engineer", get("/api/v1/incidents/" + incident + "/holds")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.subjectId == '" + pending + "')].status").value("HELD"))
                .andExpect(jsonPath("$[?(@.subjectId == '" + during + "')].accountId").value(account));

        // only the commander lets one change through; it is in the ledger and on the timeline
        String stageId = stageId(during);
        release(incident, stageId, "approver").andExpect(status().isForbidden());
        release(incident, stageId, "lead").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RELEASED_BY_COMMANDER"))
                .andExpect(jsonPath("$.releaseReason").value("hotfix for the incident"));
        request(during).andExpect(jsonPath("$.stages[0].status").value("OPEN"));
        request(pending).andExpect(jsonPath("$.stages[0].status").value("HELD"));
        mvc.perform(asDemoUser("admin", get("/api/v1/audit/entries").param("action", "incidents.hold-released")))
                .andExpect(jsonPath("$.items[*].targetId", hasItem(incident)));

        // mitigation releases the rest: the approver decides it now
        mvc.perform(asDemoUser("lead", post("/api/v1/incidents/" + incident + "/transitions"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"to\": \"MITIGATED\"}"))
                .andExpect(status().isOk());
        request(pending).andExpect(jsonPath("$.stages[0].status").value("OPEN"))
                .andExpect(jsonPath("$.stages[0].incidentId").doesNotExist());
        approve(pending, etag(pending)).andExpect(status().isOk())
                .andExpect(jsonPath("$.stages[0].status").value("APPROVED"));
        mvc.perform(asDemoUser("engineer", get("/api/v1/incidents/" + incident + "/timeline")))
                .andExpect(jsonPath("$[?(@.kind == 'HOLD')].title", hasItem(containsString("Released"))));
    }

    @Test
    void aSev3FreezesNothing() throws Exception {
        String pending = submitted();
        declared("SEV3");

        request(pending).andExpect(jsonPath("$.stages[0].status").value("OPEN"));
    }

    String declared(String severity) throws Exception {
        return JsonPath.read(mvc.perform(asDemoUser("lead", post("/api/v1/incidents"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"title": "Orders API errors", "severity": "%s", "accountIds": ["%s"]}"""
                        .formatted(severity, account)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    ResultActions request(String id) throws Exception {
        return mvc.perform(asDemoUser("approver", get("/api/v1/requests/" + id))).andExpect(status().isOk());
    }

    String stageId(String id) throws Exception {
        return JsonPath.read(request(id).andReturn().getResponse().getContentAsString(), "$.stages[0].id");
    }

    String etag(String id) throws Exception {
        return request(id).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
    }

    ResultActions approve(String id, String etag) throws Exception {
        return mvc.perform(asDemoUser("approver", post("/api/v1/requests/" + id + "/approve"))
                .header(HttpHeaders.IF_MATCH, etag).contentType(MediaType.APPLICATION_JSON)
                .content("{\"comment\": \"reviewed\"}"));
    }

    ResultActions release(String incident, String stageId, String user) throws Exception {
        return mvc.perform(asDemoUser(user, post("/api/v1/incidents/" + incident + "/holds/" + stageId
                        + "/release")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"hotfix for the incident\"}"));
    }

    /** A prod bucket in the test's account: an approver decides it. */
    String submitted() throws Exception {
        String suffix = "frz-" + UUID.randomUUID().toString().substring(0, 8);
        var response = mvc.perform(asDemoUser("engineer", post("/api/v1/requests"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"productId": "prod-sbxs3bucket01", "environment": "prod", "accountId": "%s",
                         "parameters": {"BucketNameSuffix": "%s"}, "justification": "release artifacts",
                         "tags": {"cost-center": "CC-1002 Platform", "data-classification": "internal",
                                  "owner": "ci"}}
                        """.formatted(account, suffix))).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return JsonPath.read(response.getContentAsString(), "$.id");
    }
}
