package dev.skyway.portal.provisioning;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import dev.skyway.portal.PortalTestSupport;
import dev.skyway.portal.catalog.Catalog;

/** The product request REST API through the whole application (HTTP Basic demo users, sandbox catalog). */
class ProductRequestsApiTests extends PortalTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @BeforeEach
    void synced() {
        syncedAsAdmin(catalog::syncNow);
    }

    /** The request's version as an approver reads it (the ETag that decisions send back in If-Match). */
    String etag(String id) throws Exception {
        return mvc.perform(asDemoUser("approver", get("/api/v1/requests/" + id))).andReturn().getResponse()
                .getHeader(HttpHeaders.ETAG);
    }

    static String bucket(String environment, String suffix) {
        return """
                {"productId": "prod-sbxs3bucket01", "environment": "%s", "accountId": "123456789012",
                 "parameters": {"BucketNameSuffix": "%s"}, "justification": "build artifacts",
                 "tags": {"cost-center": "CC-1002 Platform", "data-classification": "internal", "owner": "ci"}}
                """.formatted(environment, suffix);
    }

    @Test
    void engineerSubmitsARequestAndGets201WithStatusCostAndStages() throws Exception {
        String suffix = "api-" + UUID.randomUUID().toString().substring(0, 8);
        String body = mvc.perform(asDemoUser("engineer", post("/api/v1/requests"))
                        .contentType(MediaType.APPLICATION_JSON).content(bucket("staging", suffix)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/requests/")))
                .andExpect(jsonPath("$.status").value("PENDING_APPROVAL"))
                .andExpect(jsonPath("$.estimatedMonthlyCost.amount").value(1.0))
                .andExpect(jsonPath("$.estimatedMonthlyCost.currency").value("USD"))
                .andExpect(jsonPath("$.stages[0].name").value("Team lead or approver"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");

        mvc.perform(asDemoUser("engineer", get("/api/v1/requests/" + id)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.parameters.BucketNameSuffix").value(suffix))
                .andExpect(jsonPath("$.tags['cost-center']").value("CC-1002 Platform"))
                .andExpect(jsonPath("$.tags.owner").value("ci"));
        mvc.perform(asDemoUser("engineer", get("/api/v1/requests").param("mine", "true")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].id", hasItem(id)));
    }

    @Test
    void invalidRequestIs400NamingEachFieldAndRule() throws Exception {
        mvc.perform(asDemoUser("engineer", post("/api/v1/requests"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"productId": "prod-sbxs3bucket01", "environment": "dev", "accountId": "12",
                                 "parameters": {"BucketNameSuffix": "UPPER"}, "justification": ""}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors[?(@.field == 'accountId')].rule").value("ALLOWED_PATTERN"))
                .andExpect(jsonPath("$.errors[?(@.field == 'justification')].rule").value("REQUIRED"))
                .andExpect(jsonPath("$.errors[?(@.field == 'parameters.BucketNameSuffix')].rule")
                        .value("ALLOWED_PATTERN"));
    }

    @Test
    void badTagIs400NamingTheTagFieldAndRuleAndNothingIsStored() throws Exception {
        mvc.perform(asDemoUser("engineer", post("/api/v1/requests"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"productId": "prod-sbxs3bucket01", "environment": "dev", "accountId": "123456789012",
                                 "parameters": {"BucketNameSuffix": "bad-tags"}, "justification": "logs",
                                 "tags": {"cost-center": "CC-0000 Unknown", "aws:owner": "me"}}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors[?(@.field == 'tags.cost-center')].rule").value("ALLOWED_VALUES"))
                .andExpect(jsonPath("$.errors[?(@.field == 'tags.data-classification')].rule").value("REQUIRED"))
                .andExpect(jsonPath("$.errors[?(@.field == 'tags.aws:owner')].rule").value("RESERVED_PREFIX"));
        mvc.perform(asDemoUser("engineer", get("/api/v1/requests").param("mine", "true")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.parameters.BucketNameSuffix == 'bad-tags')]").isEmpty());
    }

    @Test
    void requesterApprovingOwnRequestIs403WithTheReasonAndAnApproverMayApprove() throws Exception {
        String body = mvc.perform(asDemoUser("engineer", post("/api/v1/requests"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(bucket("staging", "own-" + UUID.randomUUID().toString().substring(0, 8))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");

        mvc.perform(asDemoUser("engineer", post("/api/v1/requests/" + id + "/approve"))
                        .header(HttpHeaders.IF_MATCH, etag(id))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"comment\": \"me\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("You cannot approve or reject your own request"));
        mvc.perform(asDemoUser("finance", post("/api/v1/requests/" + id + "/approve"))
                        .header(HttpHeaders.IF_MATCH, etag(id))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", startsWith("You have no open approval task")));
        mvc.perform(asDemoUser("approver", post("/api/v1/requests/" + id + "/approve"))
                        .header(HttpHeaders.IF_MATCH, etag(id))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"comment\": \"ok\"}"))
                .andExpect(status().isOk());
    }

    @Test
    void aProdDatabaseIsApprovedByAnApproverThenFinanceAndProvisionedWithOutputs() throws Exception {
        String db = "api" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String body = mvc.perform(asDemoUser("engineer", post("/api/v1/requests"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"productId": "prod-sbxrdspgsql01", "environment": "prod", "accountId": "123456789012",
                                 "parameters": {"DBName": "%s", "MasterPassword": "Api-Passw0rd-2026",
                                   "InstanceClass": "db.r7g.xlarge", "AllocatedStorage": "1200", "MultiAZ": "true",
                                   "VpcId": "vpc-c60144761ddaa6b2e",
                                   "SubnetIds": "subnet-33257e06966c08ed4,subnet-2c8c8c723180e9eb2"},
                                 "justification": "orders database",
                                 "tags": {"cost-center": "CC-1001 Payments", "data-classification": "confidential"}}
                                """.formatted(db)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PENDING_APPROVAL"))
                .andExpect(jsonPath("$.parameters.MasterPassword").value("****"))
                .andExpect(jsonPath("$.stages[*].name").value(org.hamcrest.Matchers.hasItem("Finance")))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");

        // finance is the second stage: not theirs to decide yet
        mvc.perform(asDemoUser("finance", post("/api/v1/requests/" + id + "/approve"))
                        .header(HttpHeaders.IF_MATCH, etag(id))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(asDemoUser("approver", post("/api/v1/requests/" + id + "/approve"))
                        .header(HttpHeaders.IF_MATCH, etag(id))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"comment\": \"sized right\"}"))
                .andExpect(status().isOk());
        mvc.perform(asDemoUser("approver", get("/api/v1/requests/" + id)))
                .andExpect(jsonPath("$.status").value("PENDING_APPROVAL"));
        mvc.perform(asDemoUser("finance", post("/api/v1/requests/" + id + "/approve"))
                        .header(HttpHeaders.IF_MATCH, etag(id))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"comment\": \"budgeted\"}"))
                .andExpect(status().isOk());

        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> JsonPath.read(mvc.perform(asDemoUser("engineer", get("/api/v1/requests/" + id)))
                        .andReturn().getResponse().getContentAsString(), "$.status").equals("PROVISIONED"));
        mvc.perform(asDemoUser("engineer", get("/api/v1/requests/" + id)))
                .andExpect(jsonPath("$.outputs.DbName").value(db))
                .andExpect(jsonPath("$.outputs.DbEndpoint", startsWith(db + ".")))
                .andExpect(jsonPath("$.parameters.MasterPassword").value("****"));
        mvc.perform(asDemoUser("engineer", get("/api/v1/resources").param("mine", "true")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == '%s')]".formatted(db)).isNotEmpty());
    }
}
