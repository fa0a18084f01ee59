package dev.skyway.portal.approvals.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.data.provider.Query;

import dev.skyway.portal.approvals.ApprovalDelegations;
import dev.skyway.portal.approvals.ApprovalTask;
import dev.skyway.portal.approvals.Approvals;
import dev.skyway.portal.approvals.ProcessStatus;
import dev.skyway.portal.approvals.SubjectAction;
import dev.skyway.portal.approvals.SubjectAttributes;
import dev.skyway.portal.approvals.SubjectRef;
import dev.skyway.portal.approvals.Submission;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.platform.money.Money;
import dev.skyway.testsupport.ApprovalsTestApplication;
import dev.skyway.testsupport.Databases;
import dev.skyway.testsupport.TestUsers;

/**
 * The inbox in a browserless Vaadin environment over the real facade and database: the approver sees the task with
 * its details, a rejection without reason is refused on the field, approving completes the process and the decision
 * shows on the "decided by you" page; someone without tasks sees the empty grid. The views are built directly
 * (browserless tests have no Spring instantiator).
 */
@SpringBootTest(classes = ApprovalsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ApprovalsInboxViewTests extends BrowserlessTest {

    @Autowired
    Approvals approvals;

    @Autowired
    ApprovalDelegations delegations;

    @Autowired
    Clock clock;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.h2(registry);
    }

    String subjectId;

    @BeforeEach
    void submit() {
        subjectId = "ui-" + System.nanoTime();
        approvals.submit(new Submission(new SubjectRef("product-request", subjectId,
                "Bucket for invoices"), new SubjectAttributes("staging", Money.of("80", "USD"), "s3", null,
                "payments", SubjectAction.CREATE, Map.of("justification", "invoice archive")), "hash-1"),
                TestUsers.user("erin", Role.ENGINEER));
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    ApprovalsInboxView open() {
        ApprovalsInboxView view = new ApprovalsInboxView(approvals, delegations, clock);
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void approverSeesTheTaskRejectNeedsAReasonAndApproveCompletesIt() {
        TestUsers.loginAs("approver", Role.APPROVER);
        ApprovalsInboxView view = open();
        ApprovalTask task = view.tasks.getDataProvider().fetch(new Query<>()).findFirst().orElseThrow();
        assertThat(task.subject().title()).isEqualTo("Bucket for invoices");

        view.tasks.select(task);
        assertThat(view.panel.isVisible()).isTrue();
        assertThat(view.panel.getElement().getTextRecursively()).contains("invoice archive", "rule 'staging'",
                "erin Name (erin)");
        test(view.panel.reject).click();
        assertThat(view.panel.comment.isInvalid()).isTrue();
        assertThat(view.panel.comment.getErrorMessage()).isEqualTo("A rejection needs a reason");

        test(view.panel.approve).click();

        assertThat(approvals.process(task.processId()).orElseThrow().status()).isEqualTo(ProcessStatus.APPROVED);
        assertThat(view.panel.isVisible()).isFalse();
        DecidedByYouView decided = new DecidedByYouView(approvals);
        assertThat(decided.decided.getDataProvider().fetch(new Query<>()).map(d -> d.subject().id()))
                .as("the decision is on the inbox's second page").contains(task.subject().id());
    }

    @Test
    void aSubjectChangedAfterTheApproverOpenedItIsNotApprovedAndTheApproverIsToldWhy() {
        TestUsers.loginAs("approver", Role.APPROVER);
        ApprovalsInboxView view = open();
        ApprovalTask task = view.tasks.getDataProvider().fetch(new Query<>())
                .filter(t -> t.subject().id().equals(subjectId)).findFirst().orElseThrow();
        view.tasks.select(task);
        assertThat(view.panel.getElement().getTextRecursively()).contains("invoice archive");

        // meanwhile the requester replaces what the approver is looking at
        TestUsers.loginAs("erin", Role.ENGINEER);
        approvals.resubmit(task.processId(), "hash-2", new SubjectAttributes("staging", Money.of("80", "USD"), "s3",
                null, "payments", SubjectAction.CREATE, Map.of("justification", "invoice archive, now public")));
        TestUsers.loginAs("approver", Role.APPROVER);
        test(view.panel.approve).click();

        assertThat(approvals.process(task.processId()).orElseThrow().status()).isEqualTo(ProcessStatus.PENDING);
        assertThat(approvals.process(task.processId()).orElseThrow().stages().getFirst().status())
                .as("the new version's stage is still open").isEqualTo(dev.skyway.portal.approvals.StageStatus.OPEN);
        Notification shown = $(Notification.class).last();
        assertThat(test(shown).getText()).contains("changed since you opened it");
    }

    @Test
    void someoneWithoutTasksSeesAnEmptyInbox() {
        TestUsers.loginAs("finley", Role.FINANCE);
        ApprovalsInboxView view = open();

        assertThat(view.tasks.getDataProvider().size(new Query<>())).isZero();
        assertThat(view.panel.isVisible()).isFalse();
    }
}
