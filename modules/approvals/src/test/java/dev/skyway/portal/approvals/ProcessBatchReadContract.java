package dev.skyway.portal.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.platform.money.Money;
import dev.skyway.testsupport.ApprovalsTestApplication;
import dev.skyway.testsupport.MutableClock;
import dev.skyway.testsupport.TestUsers;

/**
 * {@link Approvals#processes}, the read behind subject lists, run on H2 and on PostgreSQL by the subclasses: the
 * same processes as {@link Approvals#process} one by one, read with a fixed number of statements however many.
 * Team {@code payments} is led by {@code approver} (test configuration).
 */
@SpringBootTest(classes = ApprovalsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(StatementLog.Registration.class)
abstract class ProcessBatchReadContract {

    @Autowired
    Approvals approvals;

    @Autowired
    ApprovalDelegations delegations;

    @Autowired
    StatementLog statements;

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
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void aBatchReadsEachProcessAsTheSingleReadDoes() {
        ApprovalProcess pending = submit("pending", "prod", "900");
        ApprovalProcess auto = submit("auto", "dev", "12.50");
        ApprovalProcess resubmitted = resubmittedAndApprovedAgain("resubmitted");
        ApprovalProcess delegated = approvedByADelegate("delegated");
        ApprovalProcess withdrawn = withdrawn("withdrawn");

        List<UUID> ids = List.of(delegated.id(), pending.id(), withdrawn.id(), resubmitted.id(), auto.id());
        Map<UUID, ApprovalProcess> batch = approvals.processes(ids);

        assertThat(batch.keySet()).as("in the order given").containsExactlyElementsOf(ids);
        ids.forEach(id -> assertThat(batch.get(id)).isEqualTo(approvals.process(id).orElseThrow()));
        assertThat(batch.get(auto.id())).isEqualTo(approvals.processOf("product-request", "auto").orElseThrow());
    }

    @Test
    void aBatchKeepsTheOrderOfStagesApproversAndDecisions() {
        ApprovalProcess pending = submit("pending", "prod", "900");
        ApprovalProcess auto = submit("auto", "dev", "12.50");
        ApprovalProcess resubmitted = resubmittedAndApprovedAgain("resubmitted");
        ApprovalProcess delegated = approvedByADelegate("delegated");

        Map<UUID, ApprovalProcess> batch = approvals.processes(
                List.of(pending.id(), auto.id(), resubmitted.id(), delegated.id()));

        assertThat(batch.get(pending.id()).stages())
                .extracting(ApprovalStage::name, ApprovalStage::status, ApprovalStage::approvers)
                .containsExactly(
                        tuple("Team lead or approver", StageStatus.OPEN, List.of("user:approver", "role:APPROVER")),
                        tuple("Finance", StageStatus.WAITING, List.of("role:FINANCE")));
        assertThat(batch.get(auto.id())).satisfies(p -> {
            assertThat(p.autoApproved()).isTrue();
            assertThat(p.stages()).isEmpty();
            assertThat(p.decisions()).isEmpty();
        });
        assertThat(batch.get(resubmitted.id())).satisfies(p -> {
            assertThat(p.revision()).isEqualTo(2);
            assertThat(p.stages()).as("the current revision's only").extracting(ApprovalStage::revision)
                    .containsOnly(2);
            assertThat(p.stages()).extracting(ApprovalStage::status)
                    .containsExactly(StageStatus.APPROVED, StageStatus.OPEN);
            assertThat(p.decisions()).as("every revision's, oldest first").extracting(ApprovalDecision::subjectHash)
                    .containsExactly("hash-resubmitted-1", "hash-resubmitted-2");
        });
        assertThat(batch.get(delegated.id()).decisions()).singleElement()
                .satisfies(d -> assertThat(d.actorLabel()).isEqualTo("dana on behalf of approver"));
    }

    @Test
    void unknownIdsAreAbsent() {
        ApprovalProcess known = submit("known", "staging", "80");
        UUID unknown = UUID.randomUUID();

        assertThat(approvals.processes(List.of(unknown, known.id()))).containsOnlyKeys(known.id());
        assertThat(approvals.processes(List.of(unknown))).isEmpty();
    }

    @Test
    void noIdsAreReadWithoutAStatement() {
        List<String> executed = statements.during(() -> assertThat(approvals.processes(List.of())).isEmpty());

        assertThat(executed).isEmpty();
    }

    @Test
    void twentyProcessesAreReadWithAsManyStatementsAsOne() {
        List<UUID> ids = IntStream.range(0, 20)
                .mapToObj(i -> i % 4 == 0 ? submit("cheap-" + i, "dev", "10") : submit("big-" + i, "prod", "900"))
                .map(ApprovalProcess::id).toList();

        List<String> forOne = statements.during(() -> approvals.processes(ids.subList(1, 2)));
        List<String> forTwenty = statements.during(() -> assertThat(approvals.processes(ids)).hasSize(20));

        assertThat(forOne).as("processes, stages, approvers, decisions").hasSize(4);
        assertThat(forTwenty).hasSameSizeAs(forOne);
    }

    private ApprovalProcess submit(String id, String environment, String cost) {
        var attributes = new SubjectAttributes(environment, Money.of(cost, "USD"), "s3-bucket", "111122223333",
                "payments", SubjectAction.CREATE, Map.of("justification", "logs for " + id));
        return approvals.submit(new Submission(new SubjectRef("product-request", id, "Bucket " + id), attributes,
                "hash-" + id + "-1"), erin);
    }

    /** Approved at the first stage, edited (revision 2), approved at the first stage again: Finance is open. */
    private ApprovalProcess resubmittedAndApprovedAgain(String id) {
        ApprovalProcess process = submit(id, "prod", "900");
        decide(id, TestUsers.user("avery", Role.APPROVER));
        clock.advance(Duration.ofHours(1));
        TestUsers.loginAs(erin);
        approvals.resubmit(process.id(), "hash-" + id + "-2", SubjectAttributes.of("prod", Money.of("950", "USD"),
                "payments", SubjectAction.CREATE));
        clock.advance(Duration.ofHours(1));
        decide(id, TestUsers.user("avery", Role.APPROVER));
        return approvals.process(process.id()).orElseThrow();
    }

    /** The team lead {@code approver} delegated to dana, who approved it. */
    private ApprovalProcess approvedByADelegate(String id) {
        TestUsers.loginAs("approver", Role.APPROVER);
        delegations.delegate("dana", clock.instant(), clock.instant().plus(Duration.ofDays(7)));
        ApprovalProcess process = submit(id, "staging", "80");
        decide(id, TestUsers.user("dana", Role.ENGINEER));
        return approvals.process(process.id()).orElseThrow();
    }

    private ApprovalProcess withdrawn(String id) {
        ApprovalProcess process = submit(id, "staging", "80");
        TestUsers.loginAs(erin);
        return approvals.withdraw(process.id(), "cancelled");
    }

    /** Approves {@code user}'s open task on subject {@code id}, on the version it shows. */
    private void decide(String id, PortalUser user) {
        TestUsers.loginAs(user);
        ApprovalTask task = approvals.tasks(TaskQuery.all(), 0, 50).stream()
                .filter(t -> t.subject().id().equals(id)).findFirst().orElseThrow();
        approvals.approve(task.id(), task.subjectHash(), null);
    }
}
