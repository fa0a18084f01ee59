package dev.skyway.portal.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.skyway.portal.approvals.SubjectDecided.Verdict;
import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.audit.AuditEntry;
import dev.skyway.portal.platform.audit.AuditLedger;
import dev.skyway.portal.platform.audit.AuditQuery;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.platform.money.Money;
import dev.skyway.testsupport.ApprovalsTestApplication;
import dev.skyway.testsupport.ApprovalsTestApplication.RecordedEvents;
import dev.skyway.testsupport.Databases;
import dev.skyway.testsupport.MutableClock;
import dev.skyway.testsupport.TestUsers;

/**
 * The subject API: a subject module decides by naming its subject (type and id), not an approval task, and hears
 * one {@link SubjectDecided} event per verdict. Subjects here are of a made-up type ({@code budget}): the API knows
 * nothing of what a subject is. A staging subject waits for one stage that asks role APPROVER or the payments lead
 * {@code approver}.
 */
@SpringBootTest(classes = ApprovalsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class SubjectApiIntegrationTests {

    static final String TYPE = "budget";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.h2(registry);
    }

    @Autowired
    Approvals approvals;

    @Autowired
    ApprovalDelegations delegations;

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

    ApprovalProcess submit(String id, String environment, String cost, PortalUser requester) {
        var attributes = new SubjectAttributes(environment, Money.of(cost, "USD"), null, null, "payments",
                SubjectAction.UPDATE, Map.of("why", "raise " + id));
        return approvals.submit(new Submission(new SubjectRef(TYPE, id, "Budget " + id), attributes, "v1-" + id),
                requester);
    }

    ApprovalProcess submit(String id) {
        return submit(id, "staging", "80", erin);
    }

    @Test
    void approvingBySubjectDecidesTheCallersOpenTaskAndPublishesOneVerdict() {
        ApprovalProcess process = submit("b-1");
        clock.advance(Duration.ofMinutes(5));
        TestUsers.loginAs("avery", Role.APPROVER);

        ApprovalDecision decision = approvals.approveSubject(TYPE, "b-1", "v1-b-1", "fine");

        assertThat(decision.taskId()).isEqualTo(process.stages().getFirst().id());
        assertThat(decision.outcome()).isEqualTo(DecisionOutcome.APPROVED);
        assertThat(decision.comment()).isEqualTo("fine");
        assertThat(approvals.processOf(TYPE, "b-1").orElseThrow().status()).isEqualTo(ProcessStatus.APPROVED);
        assertThat(events.ofType(SubjectDecided.class)).singleElement().satisfies(verdict -> {
            assertThat(verdict.verdict()).isEqualTo(Verdict.APPROVED);
            assertThat(verdict.processId()).isEqualTo(process.id());
            assertThat(verdict.subjectType()).isEqualTo(TYPE);
            assertThat(verdict.subjectId()).isEqualTo("b-1");
            assertThat(verdict.subjectHash()).isEqualTo("v1-b-1");
            assertThat(verdict.comment()).isNull();
            assertThat(verdict.decidedAt()).isEqualTo(clock.instant());
            assertThat(verdict.auditActor().subject()).isEqualTo("avery");
            assertThat(verdict).isInstanceOf(SubjectApproved.class);
        });
    }

    @Test
    void rejectingBySubjectNeedsAReasonAndTheVerdictCarriesIt() {
        submit("b-2");
        TestUsers.loginAs("avery", Role.APPROVER);

        assertThatThrownBy(() -> approvals.rejectSubject(TYPE, "b-2", "v1-b-2", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("reason:");
        approvals.rejectSubject(TYPE, "b-2", "v1-b-2", "over the team's cap");

        assertThat(events.ofType(SubjectDecided.class)).singleElement().satisfies(verdict -> {
            assertThat(verdict.verdict()).isEqualTo(Verdict.REJECTED);
            assertThat(verdict.comment()).isEqualTo("over the team's cap");
            assertThat(verdict).isInstanceOfSatisfying(SubjectRejected.class,
                    rejected -> assertThat(rejected.stage()).isEqualTo("Team lead or approver"));
        });
        assertThat(approvals.processOf(TYPE, "b-2").orElseThrow().status()).isEqualTo(ProcessStatus.REJECTED);
    }

    @Test
    void requestingChangesBySubjectSendsItBackToTheRequester() {
        submit("b-3");
        TestUsers.loginAs("avery", Role.APPROVER);

        assertThatThrownBy(() -> approvals.requestChangesOnSubject(TYPE, "b-3", "v1-b-3", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("comment:");
        approvals.requestChangesOnSubject(TYPE, "b-3", "v1-b-3", "split it per quarter");

        assertThat(events.ofType(SubjectDecided.class)).singleElement().satisfies(verdict -> {
            assertThat(verdict.verdict()).isEqualTo(Verdict.CHANGES_REQUESTED);
            assertThat(verdict.comment()).isEqualTo("split it per quarter");
            assertThat(verdict).isInstanceOfSatisfying(ChangesRequested.class,
                    changes -> assertThat(changes.requester()).isEqualTo("erin"));
        });
        assertThat(approvals.processOf(TYPE, "b-3").orElseThrow().status())
                .isEqualTo(ProcessStatus.CHANGES_REQUESTED);
    }

    @Test
    void theRequesterIsToldTheyCannotDecideTheirOwnSubjectWhateverTheirRoles() {
        PortalUser rita = TestUsers.user("rita", Role.APPROVER);
        submit("b-4", "staging", "80", rita);
        TestUsers.loginAs(rita);

        assertThatThrownBy(() -> approvals.approveSubject(TYPE, "b-4", "v1-b-4", null))
                .isInstanceOf(ApprovalRefusedException.class)
                .hasMessage("You cannot approve or reject your own request");
        assertThatThrownBy(() -> approvals.rejectSubject(TYPE, "b-4", "v1-b-4", "no"))
                .isInstanceOf(ApprovalRefusedException.class)
                .hasMessage("You cannot approve or reject your own request");
        assertThatThrownBy(() -> approvals.requestChangesOnSubject(TYPE, "b-4", "v1-b-4", "change it"))
                .isInstanceOf(ApprovalRefusedException.class)
                .hasMessage("You cannot approve or reject your own request");
        assertThat(events.ofType(DecisionRecorded.class)).isEmpty();
    }

    @Test
    void someoneWithNoOpenTaskOnTheSubjectIsRefused() {
        submit("b-5");
        submit("b-6");
        TestUsers.loginAs("finley", Role.FINANCE);

        assertThatThrownBy(() -> approvals.approveSubject(TYPE, "b-5", "v1-b-5", null))
                .as("not asked").isInstanceOf(ApprovalRefusedException.class)
                .hasMessage("You have no open approval task for request b-5");
        TestUsers.loginAs("avery", Role.APPROVER);
        assertThatThrownBy(() -> approvals.approveSubject(TYPE, "b-404", "v1", null))
                .as("never submitted").isInstanceOf(ApprovalRefusedException.class)
                .hasMessage("You have no open approval task for request b-404");
        assertThatThrownBy(() -> approvals.approveSubject("waiver", "b-5", "v1-b-5", null))
                .as("same id, another subject type").isInstanceOf(ApprovalRefusedException.class)
                .hasMessage("You have no open approval task for request b-5");
        approvals.approveSubject(TYPE, "b-5", "v1-b-5", null);
        assertThatThrownBy(() -> approvals.approveSubject(TYPE, "b-5", "v1-b-5", null))
                .as("already decided").isInstanceOf(ApprovalRefusedException.class)
                .hasMessage("You have no open approval task for request b-5");
        assertThat(approvals.processOf(TYPE, "b-6").orElseThrow().status()).as("the other subject is untouched")
                .isEqualTo(ProcessStatus.PENDING);
    }

    @Test
    void aDecisionBySubjectIsBoundToTheVersionTheApproverSaw() {
        submit("b-7");
        TestUsers.loginAs("avery", Role.APPROVER);

        assertThatThrownBy(() -> approvals.approveSubject(TYPE, "b-7", "v0-b-7", null))
                .isInstanceOf(StaleSubjectException.class);
        assertThatThrownBy(() -> approvals.approveSubject(TYPE, "b-7", null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("subjectHash:");
        assertThat(events.ofType(DecisionRecorded.class)).isEmpty();
    }

    @Test
    void aDelegateDecidesTheSubjectOnBehalfOfTheApprover() {
        TestUsers.loginAs("approver", Role.APPROVER);
        delegations.delegate("dana", clock.instant(), clock.instant().plus(Duration.ofDays(7)));
        submit("b-8");
        TestUsers.loginAs("dana", Role.ENGINEER);

        ApprovalDecision decision = approvals.approveSubject(TYPE, "b-8", "v1-b-8", "covering");

        assertThat(decision.actorLabel()).isEqualTo("dana on behalf of approver");
        assertThat(events.ofType(SubjectDecided.class)).singleElement()
                .satisfies(verdict -> assertThat(verdict.verdict()).isEqualTo(Verdict.APPROVED));
    }

    @Test
    void anAutomaticApprovalIsAVerdictOfTheSystem() {
        submit("b-9", "dev", "10", erin);

        assertThat(events.ofType(SubjectDecided.class)).singleElement().satisfies(verdict -> {
            assertThat(verdict.verdict()).isEqualTo(Verdict.APPROVED);
            assertThat(verdict.auditActor()).isEqualTo(AuditActor.of(PortalUser.SYSTEM));
            assertThat(((SubjectApproved) verdict).autoApproved()).isTrue();
        });
    }

    @Test
    void verdictsKeepTheirOwnAuditActions() {
        ApprovalProcess rejected = submit("b-10");
        ApprovalProcess changes = submit("b-11");
        TestUsers.loginAs("avery", Role.APPROVER);
        approvals.rejectSubject(TYPE, "b-10", "v1-b-10", "no");
        approvals.requestChangesOnSubject(TYPE, "b-11", "v1-b-11", "less");
        TestUsers.loginAs("sam", Role.SECURITY);

        Awaitility.await().pollInSameThread().untilAsserted(() -> {
            assertThat(actions(rejected)).contains("approval.subject-rejected");
            assertThat(actions(changes)).contains("approval.changes-requested");
        });
    }

    private java.util.List<String> actions(ApprovalProcess process) {
        return ledger.search(new AuditQuery(null, null, null, "approval.", process.id().toString()), 0, 20).stream()
                .map(AuditEntry::action).toList();
    }
}
