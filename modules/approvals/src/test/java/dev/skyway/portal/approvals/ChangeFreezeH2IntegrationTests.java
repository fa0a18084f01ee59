package dev.skyway.portal.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.skyway.portal.platform.changes.AccountChange;
import dev.skyway.portal.platform.changes.AccountChanges;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.platform.money.Money;
import dev.skyway.testsupport.ApprovalsTestApplication;
import dev.skyway.testsupport.ApprovalsTestApplication.RecordedEvents;
import dev.skyway.testsupport.ApprovalsTestApplication.TestFreezes;
import dev.skyway.testsupport.Databases;
import dev.skyway.testsupport.MutableClock;
import dev.skyway.testsupport.TestUsers;

/**
 * The change-freeze rules of the engine ({@link ChangeFreezes}, {@link Approvals#holdOpenStages},
 * {@link Approvals#releaseHolds}): a frozen subject's stage opens HELD and nobody can decide it; open stages are
 * held on their account only; a release opens them with a fresh due time and asks their approvers, unless another
 * freeze still holds them. And decisions on an account's subjects are changes to it.
 */
@SpringBootTest(classes = ApprovalsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ChangeFreezeH2IntegrationTests {

    static final String FROZEN = "111122223333";
    static final String OTHER = "444455556666";
    static final StageHold INC_1 = new StageHold("incident", "inc-1", "Change freeze: INC-1 (SEV1) is open",
            "incidents/inc-1");
    static final StageHold INC_2 = new StageHold("incident", "inc-2", "Change freeze: INC-2 (SEV2) is open",
            "incidents/inc-2");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.h2(registry);
    }

    @Autowired
    Approvals approvals;

    @Autowired
    TestFreezes freezes;

    @Autowired
    RecordedEvents events;

    @Autowired
    MutableClock clock;

    @Autowired
    AccountChanges changes;

    @Autowired
    JdbcTemplate jdbc;

    final PortalUser erin = TestUsers.user("erin", Role.ENGINEER);

    @BeforeEach
    void clean() {
        for (String table : new String[] {"decision", "stage_approver", "stage", "process", "delegation"}) {
            jdbc.update("delete from approvals." + table);
        }
        clock.set(Instant.parse("2026-06-01T09:00:00Z"));
        freezes.clear();
        events.clear();
    }

    @AfterEach
    void logout() {
        freezes.clear();
        TestUsers.logout();
    }

    ApprovalProcess submit(String id, String account) {
        var attributes = new SubjectAttributes("staging", Money.of("80", "USD"), "s3-bucket", account, "payments",
                SubjectAction.CREATE, Map.of());
        return approvals.submit(new Submission(new SubjectRef("product-request", id, "Bucket " + id), attributes,
                "hash-" + id), erin);
    }

    ApprovalStage stage(String id) {
        return approvals.processOf("product-request", id).orElseThrow().stages().getFirst();
    }

    @Test
    void aFrozenSubjectsStageOpensHeldAndNobodyCanDecideIt() {
        freezes.freeze(FROZEN, INC_1);

        ApprovalProcess process = submit("f-1", FROZEN);

        assertThat(process.stages().getFirst()).satisfies(s -> {
            assertThat(s.status()).isEqualTo(StageStatus.HELD);
            assertThat(s.hold()).isEqualTo(INC_1);
            assertThat(s.dueAt()).as("its SLA starts at release").isNull();
        });
        assertThat(events.ofType(ApprovalRequested.class)).as("nobody is asked yet").isEmpty();
        assertThat(freezes.held()).singleElement().satisfies(h -> {
            assertThat(h.subject().id()).isEqualTo("f-1");
            assertThat(h.account()).isEqualTo(FROZEN);
        });
        TestUsers.loginAs("approver", Role.APPROVER);
        assertThat(approvals.tasks(TaskQuery.all(), 0, 50)).isEmpty();
        assertThatThrownBy(() -> approvals.approveSubject("product-request", "f-1", "hash-f-1", null))
                .isInstanceOf(ApprovalRefusedException.class).hasMessageContaining("on hold")
                .hasMessageContaining("INC-1");
    }

    @Test
    void openStagesAreHeldOnTheFrozenAccountOnlyAndReleasedWithAFreshDueTime() {
        submit("f-2", FROZEN);
        submit("f-3", OTHER);
        events.clear();

        List<HeldStage> held = approvals.holdOpenStages(FROZEN, INC_1);

        assertThat(held).extracting(h -> h.subject().id()).containsExactly("f-2");
        assertThat(stage("f-2").status()).isEqualTo(StageStatus.HELD);
        assertThat(stage("f-3").status()).isEqualTo(StageStatus.OPEN);
        assertThat(approvals.heldStages("incident", "inc-1")).extracting(HeldStage::stageId)
                .containsExactly(stage("f-2").id());

        clock.advance(Duration.ofHours(3));
        assertThat(approvals.releaseHolds("incident", "inc-1")).hasSize(1);

        ApprovalStage released = stage("f-2");
        assertThat(released.status()).isEqualTo(StageStatus.OPEN);
        assertThat(released.hold()).isNull();
        assertThat(released.dueAt()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
        assertThat(events.ofType(ApprovalRequested.class)).singleElement()
                .satisfies(e -> assertThat(e.subjectId()).isEqualTo("f-2"));
        TestUsers.loginAs("approver", Role.APPROVER);
        approvals.approveSubject("product-request", "f-2", "hash-f-2", "after the incident");
        assertThat(approvals.processOf("product-request", "f-2").orElseThrow().status())
                .isEqualTo(ProcessStatus.APPROVED);
    }

    @Test
    void anOrganizationWideFreezeHoldsEveryAccountButExemptionsAndAHeldStageIsNotHeldTwice() {
        submit("f-4", FROZEN);
        submit("f-5", OTHER);
        submit("f-9", OTHER);
        freezes.exempt("f-9");

        assertThat(approvals.holdOpenStages(null, INC_1)).extracting(h -> h.subject().id())
                .containsExactlyInAnyOrder("f-4", "f-5");
        assertThat(stage("f-9").status()).as("its holder let it through").isEqualTo(StageStatus.OPEN);
        assertThat(approvals.holdOpenStages(FROZEN, INC_2)).as("held already").isEmpty();
        assertThat(stage("f-4").hold()).isEqualTo(INC_1);
    }

    @Test
    void releasingOneFreezeLeavesTheStageHeldByAnotherThatStillApplies() {
        freezes.freeze(FROZEN, INC_1);
        submit("f-6", FROZEN);
        freezes.freeze(FROZEN, INC_2); // INC-1 is over; INC-2 is still open on the account

        approvals.releaseHolds("incident", "inc-1");

        assertThat(stage("f-6").status()).isEqualTo(StageStatus.HELD);
        assertThat(stage("f-6").hold()).isEqualTo(INC_2);
        assertThat(events.ofType(ApprovalRequested.class)).isEmpty();
    }

    @Test
    void aHolderReleasesOnlyWhatItHolds() {
        freezes.freeze(FROZEN, INC_1);
        submit("f-7", FROZEN);
        var stageId = stage("f-7").id();

        assertThatThrownBy(() -> approvals.releaseHeldStage(stageId, "incident", "inc-2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not held by incident inc-2");
        freezes.thaw(FROZEN);
        HeldStage released = approvals.releaseHeldStage(stageId, "incident", "inc-1");

        assertThat(released.hold()).isEqualTo(INC_1);
        assertThat(stage("f-7").status()).isEqualTo(StageStatus.OPEN);
    }

    @Test
    void decisionsOnAnAccountsSubjectsAreChangesToIt() {
        submit("f-8", FROZEN);
        TestUsers.loginAs("approver", Role.APPROVER);
        approvals.approveSubject("product-request", "f-8", "hash-f-8", null);

        List<AccountChange> listed = changes.on(FROZEN, clock.instant().minus(Duration.ofHours(1)),
                clock.instant().plus(Duration.ofHours(1)), 10);

        assertThat(listed).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("APPROVAL_DECIDED");
            assertThat(c.title()).startsWith("Approved Bucket f-8");
            assertThat(c.link()).isEqualTo("requests/f-8");
            assertThat(c.sourceModule()).isEqualTo("approvals");
        });
        assertThat(changes.on(OTHER, clock.instant().minus(Duration.ofHours(1)),
                clock.instant().plus(Duration.ofHours(1)), 10)).isEmpty();
    }
}
