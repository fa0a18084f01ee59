package dev.skyway.portal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Base64;
import java.util.Map;
import java.util.Set;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import dev.skyway.portal.approvals.ApprovalProcess;
import dev.skyway.portal.approvals.Approvals;
import dev.skyway.portal.platform.money.Money;
import dev.skyway.portal.approvals.SubjectAction;
import dev.skyway.portal.approvals.SubjectAttributes;
import dev.skyway.portal.approvals.SubjectRef;
import dev.skyway.portal.approvals.Submission;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;

/**
 * The approvals API with the real security chain and demo users: the caller's tasks, decisions, the engine's
 * refusals as 403 with a reason, stale versions as 409, missing reasons as 400, and the admin policy endpoints.
 * <p>
 * Runs in an application context of its own (the extra property changes the context cache key). Sharing the
 * {@link PortalTestSupport} context made it start before the OIDC/bearer test contexts; starting those replaces
 * the global {@code SecurityContextHolder} strategy, and the shared context, cached with the old strategy, then
 * no longer sees the HTTP Basic login in {@code CurrentUser} (LocalSecurityIntegrationTests and AccessRulesTests
 * got 500s on {@code /api/v1/me}).
 */
@TestPropertySource(properties = "portal.approvals.inbox-url=http://localhost/approvals")
class ApprovalsApiIntegrationTests extends PortalTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    Approvals approvals;

    @Autowired
    java.time.Clock clock;

    static final PortalUser LEAD = new PortalUser(PortalUser.LOCAL_ISSUER, "lead", "lead", "Lee Lead",
            "lead@example.com", "platform", Set.of("platform"), Set.of(Role.ENGINEER, Role.APPROVER));

    ApprovalProcess submitAsLead(String id) {
        return approvals.submit(new Submission(new SubjectRef("product-request", id, "Queue " + id),
                new SubjectAttributes("staging", Money.of("40", "USD"), "sqs", null, "platform",
                        SubjectAction.CREATE, Map.of("justification", "load test")), "h-" + id), LEAD);
    }

    static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.AUTHORIZATION, "Basic "
                + Base64.getEncoder().encodeToString((user + ":demo").getBytes()))
                .contentType(MediaType.APPLICATION_JSON);
    }

    @Test
    void approverListsTasksAndApprovesTheVersionShown() throws Exception {
        ApprovalProcess process = submitAsLead("api-1");
        String taskId = process.stages().getFirst().id().toString();

        mvc.perform(as("approver", get("/api/v1/approvals?state=pending")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.subjectId == 'api-1')].id").value(taskId))
                .andExpect(jsonPath("$.items[?(@.subjectId == 'api-1')].stage").value("Team lead or approver"))
                .andExpect(jsonPath("$.items[?(@.subjectId == 'api-1')].dueAt").exists());
        mvc.perform(as("approver", post("/api/v1/approvals/" + taskId + "/approve"))
                        .content("{\"subjectHash\": \"h-older\", \"comment\": \"ok\"}"))
                .andExpect(status().isConflict());
        mvc.perform(as("approver", post("/api/v1/approvals/" + taskId + "/approve"))
                        .content("{\"subjectHash\": \"h-api-1\", \"comment\": \"ok\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("APPROVED"));
        mvc.perform(as("approver", get("/api/v1/approvals?state=decided")))
                .andExpect(jsonPath("$.items[?(@.subjectId == 'api-1')].outcome").value("APPROVED"));
    }

    @Test
    void approvingOwnSubjectIsForbiddenWithTheReason() throws Exception {
        ApprovalProcess process = submitAsLead("api-2");

        mvc.perform(as("lead", post("/api/v1/approvals/" + process.stages().getFirst().id() + "/approve"))
                        .content("{\"subjectHash\": \"h-api-2\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("Separation of duties")));
    }

    @Test
    void noOpenTaskIsForbiddenAndARejectionWithoutReasonIsABadRequest() throws Exception {
        ApprovalProcess process = submitAsLead("api-3");
        String taskId = process.stages().getFirst().id().toString();

        mvc.perform(as("finance", post("/api/v1/approvals/" + taskId + "/approve"))
                        .content("{\"subjectHash\": \"h-api-3\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("does not ask you")));
        mvc.perform(as("approver", post("/api/v1/approvals/" + taskId + "/reject"))
                        .content("{\"subjectHash\": \"h-api-3\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("reason:")));
    }

    @Test
    void invalidPolicyIsRefusedWithEveryProblemAndPreviewNamesTheRule() throws Exception {
        mvc.perform(as("admin", put("/api/v1/approval-policies/current"))
                        .content("{\"rules\": [{\"name\": \"x\", \"stages\": []}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].field").value("rules[0].stages"));
        mvc.perform(as("admin", get("/api/v1/approval-policies/current")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(as("admin", post("/api/v1/approval-policies/preview")).content("""
                        {"subjectType": "product-request", "environment": "prod", "team": "payments",
                         "monthlyCost": {"amount": 800, "currency": "USD"}}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ruleName").value("prod-from-500-usd"))
                .andExpect(jsonPath("$.stages[0].approvers", Matchers.hasItem("user:approver")));
    }

    @Test
    void aDelegationLongerThanThePolicyIsABadRequestNamingTheFieldAndADelegateIsNamedByKey() throws Exception {
        java.time.Instant start = clock.instant();
        mvc.perform(as("approver", post("/api/v1/approvals/delegations")).content("""
                        {"delegate": "engineer", "startsAt": "%s", "endsAt": "%s"}"""
                        .formatted(start, start.plus(java.time.Duration.ofDays(31)))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("endsAt"))
                .andExpect(jsonPath("$.detail").value("endsAt: a delegation lasts at most 30 days"));

        String created = mvc.perform(as("approver", post("/api/v1/approvals/delegations")).content("""
                        {"delegate": "engineer", "startsAt": "%s", "endsAt": "%s"}"""
                        .formatted(start, start.plus(java.time.Duration.ofDays(7)))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.delegatorKey").value("local#approver"))
                .andExpect(jsonPath("$.delegateKey").value("local#engineer"))
                .andReturn().getResponse().getContentAsString();
        String id = created.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        mvc.perform(as("engineer", org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .delete("/api/v1/approvals/delegations/" + id)))
                .andExpect(status().isForbidden());
        mvc.perform(as("approver", org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .delete("/api/v1/approvals/delegations/" + id)))
                .andExpect(status().isNoContent());
    }
}
