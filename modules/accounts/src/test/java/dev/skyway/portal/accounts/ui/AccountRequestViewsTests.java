package dev.skyway.portal.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;

import dev.skyway.portal.accounts.Account;
import dev.skyway.portal.accounts.AccountClosings;
import dev.skyway.portal.accounts.AccountQuery;
import dev.skyway.portal.accounts.AccountRequest;
import dev.skyway.portal.accounts.AccountRequestStatus;
import dev.skyway.portal.accounts.AccountRequests;
import dev.skyway.portal.accounts.Accounts;
import dev.skyway.portal.accounts.NewAccountRequest;
import dev.skyway.portal.accounts.QueueMove;
import dev.skyway.portal.accounts.QueuedRequest;
import dev.skyway.portal.accounts.VendingQueue;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.AccountsTestApplication;
import dev.skyway.testsupport.Databases;
import dev.skyway.testsupport.TestUsers;

/**
 * The vending views in a browserless Vaadin environment over the real facades: the request form puts each server-side
 * violation on its own field and reviews a valid request with who will approve; the requests view shows the caller's
 * requests with their queue position and lets platform admins reorder the queue; the request page shows the
 * timeline; the account page's vending section offers closing to the owner team and hides itself otherwise.
 */
@SpringBootTest(classes = AccountsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class AccountRequestViewsTests extends BrowserlessTest {

    static final String SANDBOX_OU = "ou-sk7y-sbx40006";

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRequests requests;

    @Autowired
    VendingQueue queue;

    @Autowired
    AccountClosings closings;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.h2(registry);
    }

    @BeforeEach
    void synced() {
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        accounts.syncNow();
        TestUsers.loginAs("erin", Role.ENGINEER);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    AccountRequestFormView form() {
        AccountRequestFormView view = new AccountRequestFormView(requests, currentUser);
        UI.getCurrent().add(view);
        return view;
    }

    static NewAccountRequest sandbox(String name) {
        return new NewAccountRequest(name, "aws+" + name + "@example.com", SANDBOX_OU, "Erin", "Engineer",
                "erin@example.com", "payments", "CC-2100", "dev", new BigDecimal("100"), List.of("security-baseline"),
                Map.of(), "experiments");
    }

    @Test
    void theFormShowsEachViolationOnItsOwnFieldAndKeepsSubmitDisabled() {
        int before = requests.countMine(null);
        AccountRequestFormView view = form();
        view.accountName.setValue("lab");
        view.accountEmail.setValue("aws+payments-prod@example.com");
        view.tags.setValue("project=lab\nnot a tag");

        view.review();

        assertThat(view.accountEmail.isInvalid()).isTrue();
        assertThat(view.accountEmail.getErrorMessage()).isEqualTo(
                "Is already the root email of an account in the organization");
        assertThat(view.organizationalUnit.isInvalid()).isTrue();
        assertThat(view.costCenter.getErrorMessage()).isEqualTo("Is required");
        assertThat(view.monthlyBudget.isInvalid()).isTrue();
        assertThat(view.tags.getErrorMessage()).contains("key=value");
        assertThat(view.justification.isInvalid()).isTrue();
        assertThat(view.accountName.isInvalid()).isFalse();
        assertThat(view.submit.isEnabled()).isFalse();
        assertThat(requests.countMine(null)).isEqualTo(before);
    }

    @Test
    void aValidFormReviewsWithWhoWillApproveAndSubmits() {
        AccountRequestFormView view = form();
        assertThat(view.ownerTeam.getValue()).as("the user's team").isEqualTo("payments");
        assertThat(view.organizationalUnit.getListDataView().getItems().map(u -> u.path()))
                .contains("Workloads/Prod", "Sandbox").doesNotContain("Suspended", "Root");
        String name = "form-" + UUID.randomUUID().toString().substring(0, 6);
        view.accountName.setValue(name);
        view.accountEmail.setValue("aws+" + name + "@example.com");
        view.organizationalUnit.setValue(accounts.organizationalUnits().stream()
                .filter(u -> u.id().equals(SANDBOX_OU)).findFirst().orElseThrow());
        view.costCenter.setValue("CC-2100");
        view.monthlyBudget.setValue(new BigDecimal("120.50"));
        view.tags.setValue("project=lab");
        view.justification.setValue("A place to try things");

        view.review();

        assertThat(view.reviewSection.getElement().getTextRecursively())
                .contains("Who will approve (rule account)").contains("Team lead or approver");
        assertThat(view.submit.isEnabled()).isTrue();
        view.submit();
        AccountRequest stored = requests.mine(null, 0, 10).stream().filter(r -> r.accountName().equals(name))
                .findFirst().orElseThrow();
        assertThat(stored.monthlyBudget()).isEqualByComparingTo("120.50");
        assertThat(stored.tags()).containsEntry("project", "lab");
        assertThat(stored.baselines()).extracting(AccountRequest.BaselineDeployment::baselineId)
                .containsExactly("security-baseline");
    }

    @Test
    void theFormEditsTheCallersPendingRequestAndResubmitsIt() {
        AccountRequest pending = requests.submit(sandbox("edit-" + UUID.randomUUID().toString().substring(0, 6)));
        AccountRequestFormView view = form();

        view.edit(pending.id().toString());
        assertThat(view.accountEmail.getValue()).isEqualTo(pending.accountEmail());
        assertThat(view.organizationalUnit.getValue().id()).isEqualTo(SANDBOX_OU);
        assertThat(view.submit.getText()).isEqualTo("Resubmit request");
        view.monthlyBudget.setValue(new BigDecimal("60"));
        view.review();
        assertThat(view.accountEmail.isInvalid()).as("its own email is not a duplicate").isFalse();
        view.submit();

        AccountRequest edited = requests.get(pending.id());
        assertThat(edited.monthlyBudget()).isEqualByComparingTo("60");
        assertThat(edited.status()).isEqualTo(AccountRequestStatus.PENDING_APPROVAL);
        assertThat(requests.timeline(pending.id())).extracting(t -> t.kind()).contains("RESUBMITTED");
    }

    @Test
    void platformAdminsSeeTheQueueAndMoveARequestToTheTop() {
        jdbc.update("update accounts.account_request set status = 'CANCELLED', queue_rank = null "
                + "where status = 'QUEUED'");
        UUID first = queued("first");
        UUID second = queued("second");
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        AccountRequestsView view = new AccountRequestsView(requests, queue, currentUser);
        UI.getCurrent().add(view);

        assertThat(view.queue.getListDataView().getItems().map(q -> q.request().id())).containsExactly(first, second);
        view.move(view.queue.getListDataView().getItem(1), QueueMove.TOP);

        assertThat(view.queue.getListDataView().getItems().map(q -> q.request().id())).containsExactly(second, first);
        assertThat(view.queue.getListDataView().getItems().map(QueuedRequest::position)).containsExactly(1, 2);
    }

    @Test
    void theRequestPageShowsStatusQueuePositionAndTimeline() {
        UUID id = queued("detail");
        AccountRequestDetailView view = new AccountRequestDetailView(requests, queue, currentUser);
        UI.getCurrent().add(view);

        view.show(id.toString());

        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("QUEUED", "starts in", "security-baseline", "Team lead or approver");
        assertThat(view.timeline.getElement().getTextRecursively()).contains("SUBMITTED", "APPROVED", "QUEUED");
        view.show(UUID.randomUUID().toString());
        assertThat(view.getElement().getTextRecursively()).contains("Request not found");
    }

    @Test
    void aRequestThatNeedsAnOperatorShowsThatStatusAndWhy() {
        UUID id = queued("operator");
        // what vending stores when it cannot tell which account a lost CreateAccount made
        jdbc.update("update accounts.account_request set status = 'NEEDS_OPERATOR', failure_code = 'START_AMBIGUOUS',"
                + " status_reason = 'Two accounts match: 111111111111, 222222222222' where id = ?", id);
        AccountRequestDetailView view = new AccountRequestDetailView(requests, queue, currentUser);
        UI.getCurrent().add(view);

        view.show(id.toString());

        assertThat(view.getElement().getTextRecursively()).contains("NEEDS_OPERATOR",
                "Two accounts match: 111111111111, 222222222222");
    }

    @Test
    void theVendingSectionOffersClosingToTheOwnerTeamOnlyAndIsLeftOutOtherwise() {
        Account payments = accounts.search(new AccountQuery("payments-dev", null, null, null, null), 0, 1).getFirst();
        Account security = accounts.search(new AccountQuery("log-archive", null, null, null, null), 0, 1).getFirst();
        VendingSection section = new VendingSection(requests, closings);

        assertThat(section.render(payments)).get().satisfies(c -> assertThat(c.getElement().getTextRecursively())
                .contains("Request closing"));
        assertThat(section.render(security)).as("not vended, not the caller's team").isEmpty();
        assertThat(section.closeDialog(payments).getHeaderTitle()).contains("payments-dev", payments.id());
    }

    @Test
    void theCloseDialogKeepsWhatWasTypedWhenTheRequestIsRefusedAndSendsItOtherwise() {
        Account payments = accounts.search(new AccountQuery("payments-dev", null, null, null, null), 0, 1).getFirst();
        int before = closeRequests(payments.id());
        CloseAccountDialog dialog = new VendingSection(requests, closings).closeDialog(payments);

        dialog.submit();
        assertThat(dialog.justification.isInvalid()).isTrue();
        assertThat(dialog.justification.getErrorMessage()).contains("Say why");
        assertThat(closeRequests(payments.id())).as("nothing stored without a reason").isEqualTo(before);

        dialog.justification.setValue("x".repeat(2001));
        dialog.submit();
        assertThat(dialog.justification.isInvalid()).isTrue();
        assertThat(dialog.justification.getErrorMessage()).contains("at most 2000");
        assertThat(dialog.justification.getValue()).as("what was typed stays").hasSize(2001);
        assertThat(closeRequests(payments.id())).isEqualTo(before);

        dialog.justification.setValue("The payments service moved to another account");
        dialog.submit();
        assertThat(closeRequests(payments.id())).isEqualTo(before + 1);

        CloseAccountDialog again = new VendingSection(requests, closings).closeDialog(payments);
        again.justification.setValue("twice");
        again.submit();
        assertThat(again.refusal.isVisible()).isTrue();
        assertThat(again.refusal.getText()).contains("already requested");
        assertThat(closeRequests(payments.id())).isEqualTo(before + 1);
    }

    private int closeRequests(String accountId) {
        return jdbc.queryForObject("select count(*) from accounts.account_request where kind = 'CLOSE' "
                + "and target_account_id = ?", Integer.class, accountId);
    }

    private UUID queued(String prefix) {
        UUID id = requests.submit(sandbox(prefix + "-" + UUID.randomUUID().toString().substring(0, 6))).id();
        TestUsers.loginAs("avery", Role.APPROVER);
        requests.approve(id, requests.get(id).approval().subjectHash(), "ok");
        TestUsers.loginAs("erin", Role.ENGINEER);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select status from accounts.account_request where id = ?", String.class, id)
                .equals(AccountRequestStatus.QUEUED.name()));
        return id;
    }

}
