package dev.skyway.portal.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

import dev.skyway.portal.approvals.internal.SlaChecks;
import dev.skyway.portal.platform.audit.AuditEntry;
import dev.skyway.portal.platform.audit.AuditLedger;
import dev.skyway.portal.platform.audit.AuditQuery;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.platform.money.Money;
import dev.skyway.testsupport.ApprovalsTestApplication;
import dev.skyway.testsupport.ApprovalsTestApplication.RecordedEvents;
import dev.skyway.testsupport.MutableClock;
import dev.skyway.testsupport.TestUsers;

/**
 * What the approval engine guarantees, run on H2 and on PostgreSQL by the subclasses: routing by the shipped policy,
 * separation of duties, delegation, resets on edit, hash binding, N-of-M and ALL stages, SLA reminders and
 * escalation, events and audit entries. Team {@code payments} is led by {@code approver} (test configuration).
 */
@SpringBootTest(classes = ApprovalsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class ApprovalEngineContract {

    @Autowired
    Approvals approvals;

    @Autowired
    ApprovalPolicies policies;

    @Autowired
    ApprovalDelegations delegations;

    @Autowired
    SlaChecks sla;

    @Autowired
    AuditLedger ledger;

    @Autowired
    RecordedEvents events;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    final PortalUser erin = TestUsers.user("erin", Role.ENGINEER);

    @BeforeEach
    void clean() {
        for (String table : new String[] {"decision", "stage_approver", "stage", "process", "delegation"}) {
            jdbc.update("delete from approvals." + table);
        }
        jdbc.update("delete from approvals.policy_version where version > 1");
        clock.set(Instant.parse("2026-06-01T09:00:00Z"));
        events.clear();
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    ApprovalProcess submit(String id, String environment, String cost) {
        return submit(id, environment, cost, erin);
    }

    ApprovalProcess submit(String id, String environment, String cost, PortalUser requester) {
        var attributes = new SubjectAttributes(environment, cost == null ? null : Money.of(cost, "USD"), "s3-bucket",
                "111122223333", "payments", SubjectAction.CREATE, Map.of("justification", "logs for " + id));
        return approvals.submit(new Submission(new SubjectRef("product-request", id, "Bucket " + id), attributes,
                "hash-" + id + "-1"), requester);
    }

    ApprovalTask onlyTask(String username, Role... roles) {
        TestUsers.loginAs(username, roles);
        return assertThat(approvals.tasks(TaskQuery.all(), 0, 50)).singleElement().actual();
    }

    @Test
    void cheapDevSubjectIsApprovedAtOnceByTheShippedRule() {
        ApprovalProcess process = submit("pr-1", "dev", "12.50");

        assertThat(process.status()).isEqualTo(ProcessStatus.APPROVED);
        assertThat(process.autoApproved()).isTrue();
        assertThat(process.ruleName()).isEqualTo("dev-under-50-usd");
        assertThat(process.policyVersion()).isEqualTo(1);
        assertThat(events.ofType(SubjectApproved.class)).singleElement().satisfies(e -> {
            assertThat(e.subjectType()).isEqualTo("product-request");
            assertThat(e.subjectId()).isEqualTo("pr-1");
            assertThat(e.autoApproved()).isTrue();
            assertThat(e.subjectHash()).isEqualTo("hash-pr-1-1");
        });
    }

    @Test
    void openTasksAreCountedByDueTimeAsTheInboxListsThem() {
        Instant start = clock.instant();
        submit("due-1", "staging", "80");
        clock.set(start.plus(Duration.ofHours(10)));
        submit("due-2", "staging", "80");
        clock.set(start.plus(Duration.ofHours(30)));
        submit("due-3", "staging", "80");
        submit("own", "staging", "80", TestUsers.user("approver", Role.APPROVER));

        TestUsers.loginAs("approver", Role.APPROVER);

        // now +30 h: due-1 was due at +24 h (overdue), due-2 is at +34 h (within a day), due-3 at +54 h (a day from
        // now: not within it); their own request is not their task
        assertThat(approvals.taskCounts()).isEqualTo(new TaskCounts(3, 1, 1));
        assertThat(approvals.tasks(TaskQuery.all(), 0, 50)).extracting(t -> t.subject().id())
                .containsExactly("due-1", "due-2", "due-3");
        TestUsers.loginAs("erin", Role.ENGINEER);
        assertThat(approvals.taskCounts()).isEqualTo(new TaskCounts(0, 0, 0));
    }

    @Test
    void stagingSubjectWaitsForTheTeamLeadOrAnApprover() {
        ApprovalProcess process = submit("pr-2", "staging", "80");
        assertThat(process.stages()).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(StageStatus.OPEN);
            assertThat(s.approvers()).containsExactlyInAnyOrder("role:APPROVER", "user:approver");
            assertThat(s.dueAt()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
        });
        assertThat(events.ofType(ApprovalRequested.class)).hasSize(1);

        ApprovalTask task = onlyTask("approver", Role.ENGINEER);
        assertThat(task.subject().title()).isEqualTo("Bucket pr-2");
        assertThat(task.attributes().display()).containsEntry("justification", "logs for pr-2");
        assertThat(task.ruleName()).isEqualTo("staging");
        assertThat(task.onBehalfOf()).isNull();
        approvals.approve(task.id(), task.subjectHash(), "fine");

        assertThat(approvals.processOf("product-request", "pr-2")).get()
                .extracting(ApprovalProcess::status).isEqualTo(ProcessStatus.APPROVED);
        assertThat(events.ofType(SubjectApproved.class)).singleElement()
                .satisfies(e -> assertThat(e.autoApproved()).isFalse());
    }

    @Test
    void expensiveProdSubjectNeedsAnApproverThenFinance() {
        submit("pr-3", "prod", "900");
        ApprovalTask first = onlyTask("avery", Role.APPROVER);
        assertThat(first.stagePosition()).isEqualTo(1);
        assertThat(first.stageCount()).isEqualTo(2);
        approvals.approve(first.id(), first.subjectHash(), null);
        TestUsers.loginAs("finley", Role.FINANCE);
        ApprovalTask second = onlyTask("finley", Role.FINANCE);
        assertThat(second.stage()).isEqualTo("Finance");
        assertThat(events.ofType(SubjectApproved.class)).isEmpty();

        approvals.approve(second.id(), second.subjectHash(), "budgeted");

        assertThat(events.ofType(SubjectApproved.class)).singleElement()
                .satisfies(e -> assertThat(e.ruleName()).isEqualTo("prod-from-500-usd"));
        TestUsers.loginAs("avery", Role.APPROVER);
        assertThat(approvals.decided(0, 10)).singleElement()
                .satisfies(d -> assertThat(d.outcome()).isEqualTo(DecisionOutcome.APPROVED));
    }

    @Test
    void aWithdrawnSubjectLeavesTheInboxAndCanNoLongerBeDecided() {
        ApprovalProcess process = submit("pr-w1", "prod", "900");
        ApprovalTask task = onlyTask("avery", Role.APPROVER);

        TestUsers.loginAs("vic", Role.ENGINEER);
        assertThatThrownBy(() -> approvals.withdraw(process.id(), "not mine"))
                .isInstanceOf(ApprovalRefusedException.class);
        TestUsers.loginAs(erin.username(), Role.ENGINEER);
        ApprovalProcess withdrawn = approvals.withdraw(process.id(), "cancelled by the requester");

        assertThat(withdrawn.status()).isEqualTo(ProcessStatus.WITHDRAWN);
        assertThat(withdrawn.stages()).extracting(ApprovalStage::status)
                .containsOnly(StageStatus.WITHDRAWN);
        assertThat(approvals.withdraw(process.id(), "again").status()).as("idempotent")
                .isEqualTo(ProcessStatus.WITHDRAWN);
        assertThat(events.ofType(ApprovalWithdrawn.class)).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("cancelled by the requester"));
        TestUsers.loginAs("avery", Role.APPROVER);
        assertThat(approvals.tasks(TaskQuery.all(), 0, 10)).as("gone from the inbox").isEmpty();
        assertThatThrownBy(() -> approvals.approve(task.id(), task.subjectHash(), null))
                .isInstanceOf(ApprovalRefusedException.class);
        assertThat(events.ofType(SubjectApproved.class)).isEmpty();
    }

    @Test
    void requesterCannotApproveOwnSubject() {
        PortalUser requester = TestUsers.user("rita", Role.APPROVER);
        ApprovalProcess process = submit("pr-4", "staging", "80", requester);
        UUID taskId = process.stages().getFirst().id();
        TestUsers.loginAs("rita", Role.APPROVER);

        assertThat(approvals.tasks(TaskQuery.all(), 0, 10)).as("own subjects are not in the inbox").isEmpty();
        assertThatThrownBy(() -> approvals.approve(taskId, process.subjectHash(), null))
                .isInstanceOf(ApprovalRefusedException.class)
                .hasMessageContaining("Separation of duties: you requested this");
    }

    @Test
    void onePersonApprovesAtMostOneStageOfASubject() {
        submit("pr-5", "prod", "900");
        ApprovalTask first = onlyTask("both", Role.APPROVER, Role.FINANCE);
        approvals.approve(first.id(), first.subjectHash(), null);
        ApprovalTask second = onlyTask("both", Role.APPROVER, Role.FINANCE);
        assertThat(second.stage()).isEqualTo("Finance");

        assertThatThrownBy(() -> approvals.approve(second.id(), second.subjectHash(), null))
                .isInstanceOf(ApprovalRefusedException.class)
                .hasMessageContaining("already approved stage 'Team lead or approver'");
    }

    @Test
    void delegateCannotApproveWhatTheyRequested() {
        TestUsers.loginAs("approver", Role.APPROVER);
        delegations.delegate("erin", clock.instant(), clock.instant().plus(Duration.ofDays(7)));
        ApprovalProcess process = submit("pr-6", "staging", "80");
        TestUsers.loginAs("erin", Role.ENGINEER);

        assertThatThrownBy(() -> approvals.approve(process.stages().getFirst().id(), process.subjectHash(), null))
                .isInstanceOf(ApprovalRefusedException.class)
                .hasMessageContaining("you requested this");
    }

    @Test
    void delegateDecisionIsRecordedOnBehalfOfTheApprover() {
        TestUsers.loginAs("approver", Role.APPROVER);
        delegations.delegate("dana", clock.instant(), clock.instant().plus(Duration.ofDays(7)));
        submit("pr-7", "staging", "80");

        ApprovalTask task = onlyTask("dana", Role.ENGINEER);
        assertThat(task.onBehalfOf()).isEqualTo("approver");
        ApprovalDecision decision = approvals.approve(task.id(), task.subjectHash(), "covering");

        assertThat(decision.actorLabel()).isEqualTo("dana on behalf of approver");
        assertThat(events.ofType(DecisionRecorded.class)).singleElement()
                .satisfies(e -> assertThat(e.onBehalfOf()).isEqualTo("approver"));
    }

    @Test
    void expiredDelegationGivesNoTask() {
        TestUsers.loginAs("approver", Role.APPROVER);
        delegations.delegate("dana", clock.instant(), clock.instant().plus(Duration.ofHours(1)));
        ApprovalProcess process = submit("pr-8", "staging", "80");
        clock.advance(Duration.ofHours(2));
        TestUsers.loginAs("dana", Role.ENGINEER);

        assertThat(approvals.tasks(TaskQuery.all(), 0, 10)).isEmpty();
        assertThatThrownBy(() -> approvals.approve(process.stages().getFirst().id(), process.subjectHash(), null))
                .isInstanceOf(ApprovalRefusedException.class).hasMessageContaining("does not ask you");
    }

    @Test
    void editingTheSubjectResetsItsApprovalsAndRefusesTheOldVersion() {
        submit("pr-9", "prod", "900");
        ApprovalTask first = onlyTask("avery", Role.APPROVER);
        approvals.approve(first.id(), first.subjectHash(), null);
        ApprovalProcess before = approvals.processOf("product-request", "pr-9").orElseThrow();

        TestUsers.loginAs("erin", Role.ENGINEER);
        ApprovalProcess after = approvals.resubmit(before.id(), "hash-pr-9-2", SubjectAttributes.of("prod",
                Money.of("950", "USD"), "payments", SubjectAction.CREATE));

        assertThat(after.revision()).isEqualTo(2);
        assertThat(after.status()).isEqualTo(ProcessStatus.PENDING);
        assertThat(after.stages()).extracting(ApprovalStage::status)
                .containsExactly(StageStatus.OPEN, StageStatus.WAITING);
        assertThat(after.decisions()).as("history is kept").hasSize(1);
        ApprovalTask again = onlyTask("avery", Role.APPROVER);
        assertThat(again.approvals()).isZero();
        assertThatThrownBy(() -> approvals.approve(again.id(), "hash-pr-9-1", null))
                .isInstanceOf(StaleSubjectException.class);
        approvals.approve(again.id(), "hash-pr-9-2", null);
    }

    @Test
    void decisionOnAStaleSubjectVersionIsRefused() {
        submit("pr-10", "staging", "80");
        ApprovalTask task = onlyTask("avery", Role.APPROVER);

        assertThatThrownBy(() -> approvals.approve(task.id(), "some-older-hash", null))
                .isInstanceOf(StaleSubjectException.class);
        assertThat(events.ofType(DecisionRecorded.class)).isEmpty();
    }

    @Test
    void rejectionNeedsAReasonAndEndsTheProcess() {
        submit("pr-11", "staging", "80");
        ApprovalTask task = onlyTask("avery", Role.APPROVER);

        assertThatThrownBy(() -> approvals.reject(task.id(), task.subjectHash(), "  "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("reason:");
        approvals.reject(task.id(), task.subjectHash(), "not needed");

        assertThat(events.ofType(SubjectRejected.class)).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("not needed"));
        assertThat(approvals.tasks(TaskQuery.all(), 0, 10)).isEmpty();
    }

    @Test
    void requestedChangesGoBackToTheRequesterWhoResubmits() {
        ApprovalProcess process = submit("pr-12", "staging", "80");
        ApprovalTask task = onlyTask("avery", Role.APPROVER);
        approvals.requestChanges(task.id(), task.subjectHash(), "use the shared bucket");
        assertThat(events.ofType(ChangesRequested.class)).singleElement()
                .satisfies(e -> assertThat(e.requester()).isEqualTo("erin"));

        TestUsers.loginAs("mallory", Role.ENGINEER);
        assertThatThrownBy(() -> approvals.resubmit(process.id(), "x", SubjectAttributes.of("dev", null, null,
                SubjectAction.CREATE))).isInstanceOf(ApprovalRefusedException.class);
        TestUsers.loginAs("erin", Role.ENGINEER);
        ApprovalProcess resubmitted = approvals.resubmit(process.id(), "hash-pr-12-2", SubjectAttributes.of("dev",
                Money.of("5", "USD"), "payments", SubjectAction.CREATE));

        assertThat(resubmitted.status()).as("now cheap dev: auto-approved").isEqualTo(ProcessStatus.APPROVED);
        assertThat(resubmitted.ruleName()).isEqualTo("dev-under-50-usd");
    }

    @Test
    void nOfMStageNeedsNDistinctApprovalsAndAllStageNeedsEveryone() {
        TestUsers.loginAs("admin", Role.PLATFORM_ADMIN);
        policies.save("""
                {"rules": [
                  {"name": "two-of-three", "when": {"environments": ["prod"]}, "stages": [
                    {"name": "Board", "mode": "N_OF_M", "required": 2, "approvers": {"users": ["u1", "u2", "u3"]}},
                    {"name": "Owners", "mode": "ALL", "approvers": {"users": ["o1", "o2"]}}]},
                  {"name": "rest", "autoApprove": true}]}""", "n of m");
        ApprovalProcess process = submit("pr-13", "prod", "10");
        assertThat(process.policyVersion()).isEqualTo(2);

        approve("u1");
        assertThat(onlyTask("u2").approvals()).isEqualTo(1);
        approve("u2");
        TestUsers.loginAs("u3");
        assertThat(approvals.tasks(TaskQuery.all(), 0, 10)).as("stage done after 2 of 3").isEmpty();
        approve("o1");
        assertThat(events.ofType(SubjectApproved.class)).isEmpty();
        approve("o2");
        assertThat(events.ofType(SubjectApproved.class)).hasSize(1);
    }

    @Test
    void heldStageWaitsForReleaseBeforeAnyoneCanDecide() {
        TestUsers.loginAs("admin", Role.PLATFORM_ADMIN);
        policies.save("""
                {"rules": [{"name": "frozen", "stages": [
                  {"name": "Change board", "hold": true, "approvers": {"role": "APPROVER"}}]}]}""", "freeze");
        ApprovalProcess process = submit("pr-17", "prod", "10");
        ApprovalStage held = process.stages().getFirst();
        assertThat(held.status()).isEqualTo(StageStatus.HELD);
        assertThat(held.dueAt()).isNull();
        assertThat(events.ofType(ApprovalRequested.class)).isEmpty();
        TestUsers.loginAs("avery", Role.APPROVER);
        assertThat(approvals.tasks(TaskQuery.all(), 0, 10)).isEmpty();
        assertThatThrownBy(() -> approvals.approve(held.id(), process.subjectHash(), null))
                .isInstanceOf(ApprovalRefusedException.class).hasMessageContaining("on hold");
        assertThatThrownBy(() -> approvals.releaseHold(held.id())).isInstanceOf(AuthorizationDeniedException.class);

        TestUsers.loginAs("admin", Role.PLATFORM_ADMIN);
        approvals.releaseHold(held.id());

        ApprovalTask task = onlyTask("avery", Role.APPROVER);
        assertThat(task.dueAt()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
        approvals.approve(task.id(), task.subjectHash(), null);
        assertThat(events.ofType(SubjectApproved.class)).hasSize(1);
    }

    @Test
    void costIsReadBackAsWritten() {
        assertThat(submit("pr-18", "staging", "80").attributes().monthlyCost().amount())
                .hasToString("80");
    }

    private void approve(String username) {
        ApprovalTask task = onlyTask(username);
        approvals.approve(task.id(), task.subjectHash(), null);
    }

    @Test
    void stageIsRemindedBeforeItsDueTimeAndEscalatedAfter() {
        submit("pr-14", "staging", "80");
        assertThat(sla.run().reminded()).isZero();

        clock.advance(Duration.ofHours(21));
        SlaChecks.Outcome reminded = sla.run();
        assertThat(reminded.reminded()).isEqualTo(1);
        assertThat(reminded.reminders()).singleElement()
                .satisfies(n -> assertThat(n.subject()).contains("Bucket pr-14"));
        assertThat(sla.run().reminded()).as("once").isZero();
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        assertThat(approvals.tasks(TaskQuery.all(), 0, 10)).isEmpty();

        clock.advance(Duration.ofHours(4));
        assertThat(sla.run().escalated()).isEqualTo(1);
        assertThat(sla.run().escalated()).as("once").isZero();
        ApprovalTask escalated = onlyTask("ada", Role.PLATFORM_ADMIN);
        assertThat(escalated.escalated()).isTrue();
        assertThat(events.ofType(ApprovalEscalated.class)).singleElement()
                .satisfies(e -> assertThat(e.escalatedTo()).isEqualTo("PLATFORM_ADMIN"));
        approvals.approve(escalated.id(), escalated.subjectHash(), "covering the SLA");
        assertThat(events.ofType(SubjectApproved.class)).hasSize(1);
    }

    @Test
    void someoneNotAskedHasNoTask() {
        ApprovalProcess process = submit("pr-15", "staging", "80");
        TestUsers.loginAs("finley", Role.FINANCE);

        assertThat(approvals.tasks(TaskQuery.all(), 0, 10)).isEmpty();
        assertThatThrownBy(() -> approvals.approve(process.stages().getFirst().id(), process.subjectHash(), null))
                .isInstanceOf(ApprovalRefusedException.class);
        assertThatThrownBy(() -> approvals.approve(UUID.randomUUID(), "h", null))
                .isInstanceOf(ApprovalRefusedException.class).hasMessageContaining("no open task");
    }

    @Test
    void onlyPlatformAdminsEditPolicies() {
        TestUsers.loginAs("avery", Role.APPROVER);
        assertThatThrownBy(() -> policies.save("{}", null)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> policies.current()).isInstanceOf(AuthorizationDeniedException.class);

        TestUsers.loginAs("admin", Role.PLATFORM_ADMIN);
        assertThat(policies.current().version()).isEqualTo(1);
        assertThatThrownBy(() -> policies.save("{\"rules\": []}", null))
                .isInstanceOf(InvalidPolicyException.class);
        assertThat(policies.countVersions()).isEqualTo(1);
    }

    @Test
    void previewNamesTheRuleAndTheResolvedApprovers() {
        TestUsers.loginAs("erin", Role.ENGINEER);
        RoutePreview preview = approvals.preview("product-request", SubjectAttributes.of("prod",
                Money.of("1200", "USD"), "payments", SubjectAction.CREATE));

        assertThat(preview.ruleName()).isEqualTo("prod-from-500-usd");
        assertThat(preview.stages()).extracting(RoutePreview.Stage::approvers)
                .containsExactly(java.util.List.of("role:APPROVER", "user:approver"),
                        java.util.List.of("role:FINANCE"));
    }

    @Test
    void decisionsReachTheAuditLedger() {
        submit("pr-16", "staging", "80");
        ApprovalTask task = onlyTask("avery", Role.APPROVER);
        approvals.approve(task.id(), task.subjectHash(), "ok");
        TestUsers.loginAs("sam", Role.SECURITY);

        org.awaitility.Awaitility.await().pollInSameThread().untilAsserted(() -> assertThat(
                ledger.search(new AuditQuery(null, null, null, "approval.", task.processId().toString()), 0, 10))
                .extracting(AuditEntry::action)
                .contains("approval.submitted", "approval.requested", "approval.decided",
                        "approval.subject-approved"));
    }

    // ---- identity: a person is (issuer, subject); the username is only what we show

    static final String IDP_A = "https://idp-a.example.com";
    static final String IDP_B = "https://idp-b.example.com";

    @Test
    void anotherIdentityProvidersUserNamedLikeTheTeamLeadIsNotTheTeamLead() {
        ApprovalProcess process = submit("pr-20", "staging", "80");
        TestUsers.loginAs(TestUsers.user(IDP_B, "b-17", "approver", Role.ENGINEER));

        assertThat(approvals.tasks(TaskQuery.all(), 0, 10)).isEmpty();
        assertThatThrownBy(() -> approvals.approve(process.stages().getFirst().id(), process.subjectHash(), null))
                .isInstanceOf(ApprovalRefusedException.class).hasMessageContaining("does not ask you");
    }

    @Test
    void theSameUsernameAtAnotherIdentityProviderIsAnotherPerson() {
        PortalUser ritaAtA = TestUsers.user(IDP_A, "rita-1", "rita", Role.ENGINEER);
        ApprovalProcess process = submit("pr-21", "staging", "80", ritaAtA);

        ApprovalTask task = onlyTask(TestUsers.user(IDP_B, "rita-2", "rita", Role.APPROVER));
        approvals.approve(task.id(), task.subjectHash(), null);

        assertThat(approvals.process(process.id()).orElseThrow().status()).isEqualTo(ProcessStatus.APPROVED);
        TestUsers.loginAs(TestUsers.user(IDP_A, "rita-1", "rita", Role.APPROVER));
        assertThat(approvals.decided(0, 10)).as("the other rita's decisions are not hers").isEmpty();
    }

    @Test
    void aRenamedRequesterIsStillTheRequesterForSeparationOfDuties() {
        ApprovalProcess process = submit("pr-22", "staging", "80",
                TestUsers.user(IDP_A, "rita-1", "rita", Role.APPROVER));
        TestUsers.loginAs(TestUsers.user(IDP_A, "rita-1", "rita.smith", Role.APPROVER));

        assertThat(approvals.tasks(TaskQuery.all(), 0, 10)).isEmpty();
        assertThatThrownBy(() -> approvals.approve(process.stages().getFirst().id(), process.subjectHash(), null))
                .isInstanceOf(ApprovalRefusedException.class)
                .hasMessageContaining("Separation of duties: you requested this");
    }

    @Test
    void aRenamedApproverStillApprovesAtMostOneStage() {
        submit("pr-23", "prod", "900");
        ApprovalTask first = onlyTask(TestUsers.user(IDP_A, "bo-1", "bo", Role.APPROVER, Role.FINANCE));
        approvals.approve(first.id(), first.subjectHash(), null);

        ApprovalTask second = onlyTask(TestUsers.user(IDP_A, "bo-1", "bo.renamed", Role.APPROVER, Role.FINANCE));
        assertThat(second.stage()).isEqualTo("Finance");
        assertThatThrownBy(() -> approvals.approve(second.id(), second.subjectHash(), null))
                .isInstanceOf(ApprovalRefusedException.class)
                .hasMessageContaining("already approved stage 'Team lead or approver'");
    }

    // ---- delegation: the delegator's own tasks, for a short window, never their roles

    @Test
    void aDelegateDecidesOnlyStagesThatNameTheDelegatorNeverWithTheDelegatorsRoles() {
        TestUsers.loginAs("avery", Role.APPROVER);
        delegations.delegate("dana", clock.instant(), clock.instant().plus(Duration.ofDays(7)));
        ApprovalProcess process = submit("pr-24", "sandbox", "80");
        assertThat(process.stages()).singleElement()
                .satisfies(s -> assertThat(s.approvers()).containsExactly("role:APPROVER"));
        TestUsers.loginAs("dana", Role.ENGINEER);

        assertThat(approvals.tasks(TaskQuery.all(), 0, 10)).as("a role stage is no one's own task").isEmpty();
        assertThatThrownBy(() -> approvals.approve(process.stages().getFirst().id(), process.subjectHash(), null))
                .isInstanceOf(ApprovalRefusedException.class).hasMessageContaining("does not ask you");
    }

    @Test
    void aDelegationWindowIsCappedByThePolicy() {
        TestUsers.loginAs("approver", Role.APPROVER);
        Instant now = clock.instant();

        assertThatThrownBy(() -> delegations.delegate("dana", now, now.plus(Duration.ofDays(31))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("endsAt: a delegation lasts at most 30 days");
        assertThat(delegations.delegate("dana", now, now.plus(Duration.ofDays(30))).endsAt())
                .isEqualTo(now.plus(Duration.ofDays(30)));
    }

    @Test
    void aDelegateIsNamedByKeySoAnotherProvidersNamesakeGetsNothing() {
        TestUsers.loginAs("approver", Role.APPROVER);
        delegations.delegate(IDP_B + "#dana-9", clock.instant(), clock.instant().plus(Duration.ofDays(7)));
        submit("pr-25", "staging", "80");

        TestUsers.loginAs(TestUsers.user(IDP_A, "dana-1", "dana", Role.ENGINEER));
        assertThat(approvals.tasks(TaskQuery.all(), 0, 10)).isEmpty();
        ApprovalTask task = onlyTask(TestUsers.user(IDP_B, "dana-9", "dana", Role.ENGINEER));
        assertThat(task.onBehalfOf()).isEqualTo("approver");
    }

    ApprovalTask onlyTask(PortalUser user) {
        TestUsers.loginAs(user);
        return assertThat(approvals.tasks(TaskQuery.all(), 0, 50)).singleElement().actual();
    }
}
