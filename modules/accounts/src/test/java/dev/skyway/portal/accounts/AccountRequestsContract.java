package dev.skyway.portal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;

import dev.skyway.portal.accounts.internal.requests.AccountRequestStore;
import dev.skyway.portal.accounts.internal.AccountsSync;
import dev.skyway.portal.accounts.internal.requests.VendingRunner;
import dev.skyway.portal.accounts.internal.vending.AccountVendor;
import dev.skyway.portal.accounts.internal.vending.VendingCommand;
import dev.skyway.portal.approvals.ApprovalRefusedException;
import dev.skyway.portal.approvals.ApprovalStage;
import dev.skyway.portal.approvals.ChangesRequested;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.AccountsTestApplication;
import dev.skyway.testsupport.ModuleEvents;
import dev.skyway.testsupport.MutableClock;
import dev.skyway.testsupport.Stimuli;
import dev.skyway.testsupport.TestUsers;

/**
 * Account vending on a real database (H2 and PostgreSQL through the subclasses): requests are checked before
 * anything is stored, routed by the shipped account policy, queued after approval with at most N in flight in queue
 * order, created in the sandbox organization (record before call, never a second start after a crash), baselined,
 * budgeted, and closed on request. The flows across modules (an approval verdict reaching a request) run as Spring
 * Modulith {@link Scenario}s.
 */
@EnableScenarios
@SpringBootTest(classes = AccountRequestsContract.App.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class AccountRequestsContract {

    static final String SANDBOX_OU = "ou-sk7y-sbx40006";
    static final String PROD_OU = "ou-sk7y-prd30004";
    static final AtomicInteger SEQ = new AtomicInteger();

    /** The test application, with the vendor counted (proves no second start). */
    @org.springframework.boot.autoconfigure.SpringBootApplication(scanBasePackages = {
            "dev.skyway.portal.platform", "dev.skyway.portal.approvals", "dev.skyway.portal.accounts"})
    @org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity(jsr250Enabled = true)
    static class App {

        @org.springframework.context.annotation.Bean
        @org.springframework.context.annotation.Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }

        /** What a cost module would provide: spend known for payments only. */
        @org.springframework.context.annotation.Bean
        TeamSpend teamSpend() {
            return team -> "payments".equals(team) ? java.util.Optional.of(new BigDecimal("1234.5"))
                    : java.util.Optional.empty();
        }

        @org.springframework.context.annotation.Bean
        static org.springframework.beans.factory.config.BeanPostProcessor countingVendor() {
            return new org.springframework.beans.factory.config.BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof AccountVendor vendor && !(bean instanceof CountingVendor)
                            ? new CountingVendor(vendor) : bean;
                }
            };
        }
    }

    /** Counts {@code start} calls per idempotency key. */
    static final class CountingVendor implements AccountVendor {

        final AccountVendor delegate;
        final Map<String, AtomicInteger> starts = new java.util.concurrent.ConcurrentHashMap<>();

        CountingVendor(AccountVendor delegate) {
            this.delegate = delegate;
        }

        @Override
        public String name() {
            return delegate.name();
        }

        /** How many next starts AWS "throttles" (refused before anything happens: retryable). */
        final AtomicInteger throttle = new AtomicInteger();

        /** How many next starts reach the vendor but lose their answer (a timeout: outcome unknown). */
        final AtomicInteger loseAnswer = new AtomicInteger();

        @Override
        public String start(VendingCommand command) {
            starts.computeIfAbsent(command.idempotencyKey(), k -> new AtomicInteger()).incrementAndGet();
            if (throttle.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new dev.skyway.portal.accounts.internal.vending.VendingException("Rate exceeded",
                        "TooManyRequestsException", "req-123", true, null);
            }
            String operationId = delegate.start(command);
            if (loseAnswer.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new dev.skyway.portal.accounts.internal.vending.VendingOutcomeUnknownException(
                        "Sent create account but got no answer (read timed out)", null, null, null);
            }
            return operationId;
        }

        @Override
        public dev.skyway.portal.accounts.internal.vending.Recovery find(VendingCommand command,
                                                                         java.time.Instant sentAt) {
            return delegate.find(command, sentAt);
        }

        @Override
        public dev.skyway.portal.accounts.internal.vending.VendingProgress progress(String operationId) {
            return delegate.progress(operationId);
        }

        @Override
        public void place(String accountId, VendingCommand command) {
            delegate.place(accountId, command);
        }

        int startsOf(String key) {
            return starts.getOrDefault(key, new AtomicInteger()).get();
        }
    }

    @Autowired
    AccountRequests requests;

    @Autowired
    VendingQueue queue;

    @Autowired
    AccountClosings closings;

    @Autowired
    net.javacrumbs.shedlock.core.LockProvider locks;

    @Autowired
    Accounts accounts;

    @Autowired
    VendingRunner runner;

    @Autowired
    AccountRequestStore store;

    @Autowired
    AccountVendor vendor;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    @Autowired
    dev.skyway.portal.approvals.Approvals approvals;

    @Autowired
    MutableClock clock;

    /** This test's scenario: it sees the events published from the test's start, on any thread. */
    Scenario scenario;

    @BeforeEach
    void keepScenario(Scenario scenario) {
        this.scenario = scenario;
    }

    @BeforeEach
    void syncedSandbox() {
        clock.set(Instant.parse("2026-05-01T10:00:00Z"));
        // earlier tests' requests must not take this test's queue slots
        jdbc.update("update accounts.account_request set status = 'CANCELLED', queue_rank = null "
                + "where status in ('QUEUED', 'PROVISIONING', 'CLOSING')");
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        accounts.syncNow();
        TestUsers.loginAs("erin", Role.ENGINEER);
    }

    @AfterEach
    void logoutOnceListenersSettled() {
        TestUsers.logout();
        ModuleEvents.settle(jdbc);
    }

    static NewAccountRequest sandbox(String name) {
        return new NewAccountRequest(name, "aws+" + name + "@example.com", SANDBOX_OU, "Erin", "Engineer",
                "erin@example.com", "payments", "CC-2100", "dev", new BigDecimal("250.00"),
                List.of("security-baseline", "network-baseline"), Map.of("project", "checkout"),
                "Experiments with the new checkout");
    }

    static String unique(String prefix) {
        return prefix + "-" + SEQ.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void invalidFieldsAreRefusedWithNothingStored() {
        int before = count("accounts.account_request");
        int processes = count("approvals.process");
        NewAccountRequest bad = new NewAccountRequest("x".repeat(51), "not-an-email", "ou-nope-00000000", "",
                "Engineer", "erin@example", "Payments Team", " ", "qa", new BigDecimal("10.123"),
                List.of("security-baseline", "mystery"), Map.of("aws:owner", "x", "owner-team", "y"), " ");

        assertThatThrownBy(() -> requests.submit(bad))
                .isInstanceOfSatisfying(AccountRequestValidationException.class, e -> assertThat(e.violations())
                        .extracting(AccountRequestViolation::field, AccountRequestViolation::rule)
                        .containsExactlyInAnyOrder(
                                tuple("accountName", "MAX_LENGTH"),
                                tuple("accountEmail", "EMAIL"),
                                tuple("organizationalUnitId", "UNKNOWN"),
                                tuple("ssoUserFirstName", "REQUIRED"),
                                tuple("ssoUserEmail", "EMAIL"),
                                tuple("ownerTeam", "ALLOWED_PATTERN"),
                                tuple("costCenter", "REQUIRED"),
                                tuple("environment", "ALLOWED_VALUES"),
                                tuple("monthlyBudget", "DECIMALS"),
                                tuple("baseline", "UNKNOWN"),
                                tuple("tags.aws:owner", "RESERVED"),
                                tuple("tags.owner-team", "RESERVED"),
                                tuple("justification", "REQUIRED")));
        assertThatThrownBy(() -> requests.submit(new NewAccountRequest("ok", "aws+ok@example.com", SANDBOX_OU,
                "A", "B", "a@example.com", "payments", "CC", "dev", BigDecimal.ZERO, List.of(), Map.of(), "why")))
                .isInstanceOfSatisfying(AccountRequestValidationException.class, e -> assertThat(e.violations())
                        .extracting(AccountRequestViolation::field).containsExactly("monthlyBudget"));
        assertThat(count("accounts.account_request")).isEqualTo(before);
        assertThat(count("approvals.process")).isEqualTo(processes);
    }

    @Test
    void duplicateEmailIsRefusedAgainstTheInventoryAndOpenRequests() {
        NewAccountRequest taken = new NewAccountRequest("copy", "AWS+payments-prod@example.com", SANDBOX_OU, "E",
                "E", "e@example.com", "payments", "CC", "dev", BigDecimal.TEN, List.of(), Map.of(), "why");
        assertThatThrownBy(() -> requests.submit(taken)).isInstanceOfSatisfying(
                AccountRequestValidationException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> {
                            assertThat(v.field()).isEqualTo("accountEmail");
                            assertThat(v.rule()).isEqualTo("DUPLICATE");
                            assertThat(v.message()).contains("organization");
                        }));

        String name = unique("dup");
        requests.submit(sandbox(name));
        assertThatThrownBy(() -> requests.submit(sandbox(name))).isInstanceOfSatisfying(
                AccountRequestValidationException.class, e -> assertThat(e.violations())
                        .extracting(AccountRequestViolation::field, AccountRequestViolation::message)
                        .containsExactly(tuple("accountEmail", "is already used by an open account request")));
    }

    @Test
    void theSuspendedOuIsRefused() {
        NewAccountRequest suspended = new NewAccountRequest("parked", "aws+parked@example.com", "ou-sk7y-sus50007",
                "E", "E", "e@example.com", "payments", "CC", "dev", BigDecimal.TEN, List.of(), Map.of(), "why");
        assertThat(requests.check(suspended)).extracting(AccountRequestViolation::field, AccountRequestViolation::rule)
                .containsExactly(tuple("organizationalUnitId", "NOT_ALLOWED"));
    }

    @Test
    void theOrganizationsRootIsRefused() {
        NewAccountRequest atRoot = new NewAccountRequest("rooted", "aws+rooted@example.com", "r-sk7y",
                "E", "E", "e@example.com", "payments", "CC", "dev", BigDecimal.TEN, List.of(), Map.of(), "why");
        assertThat(requests.check(atRoot)).extracting(AccountRequestViolation::field, AccountRequestViolation::rule)
                .containsExactly(tuple("organizationalUnitId", "NOT_ALLOWED"));
    }

    @Test
    void aCancelReasonOrDecisionTextLongerThanItsColumnIsRefusedNamingTheFieldAndNothingChanges() {
        AccountRequest submitted = requests.submit(sandbox(unique("long")));

        assertThatThrownBy(() -> requests.cancel(submitted.id(), "x".repeat(2001)))
                .isInstanceOfSatisfying(AccountRequestValidationException.class, e -> assertThat(e.violations())
                        .extracting(AccountRequestViolation::field, AccountRequestViolation::rule)
                        .containsExactly(tuple("reason", "MAX_LENGTH")));
        dev.skyway.testsupport.TestUsers.loginAs("avery", Role.APPROVER);
        assertThatThrownBy(() -> requests.reject(submitted.id(), submitted.approval().subjectHash(), "x".repeat(4001)))
                .isInstanceOfSatisfying(AccountRequestValidationException.class, e -> assertThat(e.violations())
                        .extracting(AccountRequestViolation::field).containsExactly("reason"));
        assertThatThrownBy(() -> requests.approve(submitted.id(), submitted.approval().subjectHash(), "x".repeat(4001)))
                .isInstanceOfSatisfying(AccountRequestValidationException.class, e -> assertThat(e.violations())
                        .extracting(AccountRequestViolation::field).containsExactly("comment"));

        AccountRequest unchanged = store.find(submitted.id()).orElseThrow();
        assertThat(unchanged.status()).isEqualTo(AccountRequestStatus.PENDING_APPROVAL);
        assertThat(requests.process(submitted.id()).orElseThrow().stages().getFirst().status().name())
                .isEqualTo("OPEN");
    }

    @Test
    void onlyEngineersAndAdminsRequestAndOthersCannotReadSomeoneElsesRequest() {
        AccountRequest mine = requests.submit(sandbox(unique("acl")));

        TestUsers.loginAs("fiona", Role.FINANCE);
        assertThatThrownBy(() -> requests.submit(sandbox(unique("fin")))).isInstanceOf(AccessDeniedException.class);
        assertThat(requests.get(mine.id()).id()).isEqualTo(mine.id());
        loginAs(new dev.skyway.portal.platform.identity.PortalUser("local", "otto", "otto", "Otto", null,
                "other-team", java.util.Set.of(), java.util.Set.of(Role.ENGINEER)));
        assertThatThrownBy(() -> requests.get(mine.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queue.queue()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aNamesakeAtAnotherIdentityProviderDoesNotSeeOrCancelMyAccountRequests() {
        loginAs(new dev.skyway.portal.platform.identity.PortalUser("https://idp-a.example.com", "erin-1", "erin",
                "Erin", null, "payments", java.util.Set.of(), java.util.Set.of(Role.ENGINEER)));
        AccountRequest mine = requests.submit(sandbox(unique("idp")));

        loginAs(new dev.skyway.portal.platform.identity.PortalUser("https://idp-b.example.com", "erin-2", "erin",
                "Erin", null, "other-team", java.util.Set.of(), java.util.Set.of(Role.ENGINEER)));
        assertThat(requests.mine(null, 0, 500)).extracting(AccountRequest::id).doesNotContain(mine.id());
        assertThatThrownBy(() -> requests.get(mine.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.cancel(mine.id(), "not mine")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRenamedRequesterKeepsTheirAccountRequests() {
        loginAs(new dev.skyway.portal.platform.identity.PortalUser("https://idp-a.example.com", "erin-1", "erin",
                "Erin", null, "payments", java.util.Set.of(), java.util.Set.of(Role.ENGINEER)));
        AccountRequest mine = requests.submit(sandbox(unique("renamed")));

        loginAs(new dev.skyway.portal.platform.identity.PortalUser("https://idp-a.example.com", "erin-1",
                "erin.smith", "Erin Smith", null, "other-team", java.util.Set.of(), java.util.Set.of(Role.ENGINEER)));
        assertThat(requests.mine(null, 0, 500)).extracting(AccountRequest::id).contains(mine.id());
        assertThat(requests.cancel(mine.id(), "renamed, still mine").status())
                .isEqualTo(AccountRequestStatus.CANCELLED);
    }

    @Test
    void aProdAccountGoesToALeadOrApproverThenSecurityAndFinanceFromTheBudgetThreshold() {
        NewAccountRequest small = new NewAccountRequest(unique("prod"), "aws+" + unique("p") + "@example.com",
                PROD_OU, "E", "E", "e@example.com", "payments", "CC", "prod", new BigDecimal("500"), List.of(),
                Map.of(), "go live");
        AccountRequest cheap = requests.submit(small);
        assertThat(requests.process(cheap.id()).orElseThrow().stages()).extracting(ApprovalStage::name)
                .containsExactly("Team lead or approver", "Security");

        AccountRequest big = requests.submit(new NewAccountRequest(unique("prod"), "aws+" + unique("q")
                + "@example.com", PROD_OU, "E", "E", "e@example.com", "payments", "CC", "prod",
                new BigDecimal("5000"), List.of(), Map.of(), "go live"));
        assertThat(requests.process(big.id()).orElseThrow().stages()).extracting(ApprovalStage::name)
                .containsExactly("Team lead or approver", "Security", "Finance");
        assertThat(requests.process(big.id()).orElseThrow().attributes().display())
                .containsEntry("team's current accounts", String.valueOf(accounts.count(
                        new AccountQuery(null, null, null, "payments", null))))
                .containsEntry("monthly budget", "5000.00 USD")
                .containsEntry("team's spend this month", "1234.50 USD");
        AccountRequest other = requests.submit(new NewAccountRequest(unique("data"), "aws+" + unique("d")
                + "@example.com", PROD_OU, "E", "E", "e@example.com", "data", "CC", "prod",
                new BigDecimal("100"), List.of(), Map.of(), "analytics"));
        assertThat(requests.process(other.id()).orElseThrow().attributes().display())
                .containsEntry("team's spend this month", "not available for this team");
    }

    @Test
    void afterAnApproverAsksForChangesTheRequesterEditsAndResubmitsAndItIsApprovedAfresh() {
        NewAccountRequest first = sandbox(unique("edit"));
        AccountRequest submitted = requests.submit(first);
        TestUsers.loginAs("avery", Role.APPROVER);
        var task = approvals.tasks(new dev.skyway.portal.approvals.TaskQuery("account-request", null,
                submitted.id().toString()), 0, 10).getFirst();
        scenario.stimulate(() -> approvals.requestChanges(task.id(), task.subjectHash(),
                        "250 USD is too much for a lab"))
                .customize(Stimuli::onTheTestThread)
                .andWaitForStateChange(() -> store.find(submitted.id()).orElseThrow().status(),
                        AccountRequestStatus.CHANGES_REQUESTED::equals)
                .andExpect(ChangesRequested.class)
                .matchingMappedValue(ChangesRequested::subjectId, submitted.id().toString())
                .toArrive();
        TestUsers.loginAs("erin", Role.ENGINEER);
        assertThat(requests.get(submitted.id()).progress().reason()).isEqualTo("250 USD is too much for a lab");

        AccountRequest edited = requests.resubmit(submitted.id(), new NewAccountRequest(first.accountName(),
                first.accountEmail(), first.organizationalUnitId(), "Erin", "Engineer", "erin@example.com",
                "payments", "CC-2100", "dev", new BigDecimal("80"), List.of("security-baseline"), Map.of(),
                "Experiments, smaller"));

        assertThat(edited.status()).isEqualTo(AccountRequestStatus.PENDING_APPROVAL);
        assertThat(edited.monthlyBudget()).isEqualByComparingTo("80");
        assertThat(edited.approval().subjectHash()).isNotEqualTo(submitted.approval().subjectHash());
        assertThat(edited.baselines()).extracting(AccountRequest.BaselineDeployment::baselineId)
                .containsExactly("security-baseline");
        approve(submitted.id());
        assertThat(requests.timeline(submitted.id())).extracting(TimelineEntry::kind)
                .containsSubsequence("SUBMITTED", "CHANGES_REQUESTED", "RESUBMITTED", "APPROVED", "QUEUED");
        assertThatThrownBy(() -> requests.resubmit(submitted.id(), first)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void cancellingARequestPendingApprovalWithdrawsItFromTheApproversInbox() {
        AccountRequest submitted = requests.submit(sandbox(unique("withdrawn")));
        TestUsers.loginAs("avery", Role.APPROVER);
        assertThat(approvals.tasks(dev.skyway.portal.approvals.TaskQuery.all(), 0, 500))
                .anySatisfy(t -> assertThat(t.subject().id()).isEqualTo(submitted.id().toString()));

        TestUsers.loginAs("erin", Role.ENGINEER);
        AccountRequest cancelled = requests.cancel(submitted.id(), "not needed after all");

        assertThat(cancelled.status()).isEqualTo(AccountRequestStatus.CANCELLED);
        assertThat(requests.process(submitted.id()).orElseThrow().status())
                .isEqualTo(dev.skyway.portal.approvals.ProcessStatus.WITHDRAWN);
        TestUsers.loginAs("avery", Role.APPROVER);
        assertThat(approvals.tasks(dev.skyway.portal.approvals.TaskQuery.all(), 0, 500))
                .noneSatisfy(t -> assertThat(t.subject().id()).isEqualTo(submitted.id().toString()));
        assertThatThrownBy(() -> requests.approve(submitted.id(), submitted.approval().subjectHash(), "too late"))
                .isInstanceOf(ApprovalRefusedException.class);
    }

    @Test
    void theRequesterCannotApproveTheirOwnRequest() {
        AccountRequest mine = requests.submit(sandbox(unique("own")));
        TestUsers.loginAs("erin", Role.ENGINEER, Role.APPROVER);

        assertThatThrownBy(() -> requests.approve(mine.id(), mine.approval().subjectHash(), "me"))
                .isInstanceOf(ApprovalRefusedException.class)
                .hasMessageContaining("own request");
    }

    @Test
    void anInventoryRefreshThatFindsAnotherSyncRunningIsOwedToTheNextPass() {
        AccountRequest submitted = requests.submit(sandbox(unique("owed-refresh")));
        approve(submitted.id());
        runner.tick();
        clock.advance(Duration.ofSeconds(5));

        // a scheduled sync that read the organization before the account existed still holds the lock
        var held = locks.lock(new net.javacrumbs.shedlock.core.LockConfiguration(java.time.Instant.now(),
                dev.skyway.portal.platform.jobs.SyncRunner.lockName(AccountsSync.NAME), Duration.ofMinutes(5),
                Duration.ZERO)).orElseThrow();
        VendingRunner.Pass created;
        try {
            created = runner.tick();
        } finally {
            held.unlock();
        }
        String accountId = requests.get(submitted.id()).vending().accountId();
        assertThat(accountId).matches("\\d{12}");
        assertThat(created.inventoryRefreshed()).isFalse();
        assertThatThrownBy(() -> accounts.account(accountId)).isInstanceOf(AccountNotFoundException.class);

        assertThat(runner.tick().inventoryRefreshed()).as("owed from the pass before").isTrue();
        assertThat(accounts.account(accountId).ouPath()).isEqualTo("Sandbox");
    }

    @Test
    void anApprovedSandboxAccountIsCreatedBaselinedBudgetedAndJoinsTheInventory() {
        String name = unique("checkout-lab");
        AccountRequest submitted = requests.submit(sandbox(name));
        assertThat(submitted.status()).isEqualTo(AccountRequestStatus.PENDING_APPROVAL);

        approve(submitted.id());
        assertThat(queue.position(submitted.id())).get().extracting(QueuedRequest::position).isEqualTo(1);

        runner.tick();
        AccountRequest started = requests.get(submitted.id());
        assertThat(started.status()).isEqualTo(AccountRequestStatus.PROVISIONING);
        assertThat(started.vending().operationId()).startsWith("car-");
        assertThat(started.vending().startSentAt()).isNotNull();

        runner.tick();
        assertThat(requests.get(submitted.id()).vending().accountId()).as("not before the creation delay").isNull();

        clock.advance(Duration.ofSeconds(5));
        assertThat(runner.tick().inventoryRefreshed()).isTrue();
        String accountId = requests.get(submitted.id()).vending().accountId();
        assertThat(accountId).matches("\\d{12}");
        Account account = accounts.account(accountId);
        assertThat(account.ouPath()).isEqualTo("Sandbox");
        assertThat(account.ownerTeam()).isEqualTo("payments");
        assertThat(account.tags()).containsEntry("project", "checkout").containsEntry("environment", "dev")
                .containsEntry("skyway:request", submitted.id().toString());

        runner.tick(); // first baseline started
        clock.advance(Duration.ofSeconds(3));
        runner.tick(); // first done, second started
        clock.advance(Duration.ofSeconds(3));
        scenario.stimulate(Stimuli.outsideTransactions(runner::tick)) // second done, budget, done
                .customize(Stimuli::onTheTestThread)
                .andWaitForStateChange(() -> audited("accounts.account-vended", accountId), n -> n == 1)
                .andExpect(AccountVended.class)
                .matchingMappedValue(AccountVended::requestId, submitted.id())
                .toArriveAndVerify(vended -> assertThat(vended.accountId()).isEqualTo(accountId));

        AccountRequest done = requests.get(submitted.id());
        assertThat(done.status()).isEqualTo(AccountRequestStatus.PROVISIONED);
        assertThat(done.baselines()).extracting(AccountRequest.BaselineDeployment::baselineId,
                        AccountRequest.BaselineDeployment::state)
                .containsExactly(tuple("security-baseline", AccountRequest.BaselineDeployment.State.SUCCEEDED),
                        tuple("network-baseline", AccountRequest.BaselineDeployment.State.SUCCEEDED));
        assertThat(requests.budget(accountId)).get().satisfies(b -> {
            assertThat(b.monthlyLimit()).isEqualByComparingTo("250");
            assertThat(b.requestId()).isEqualTo(submitted.id());
            // named by the account id, unique, not by the account name (which another account may share)
            assertThat(b.budgetName()).isEqualTo("skyway-" + accountId + "-monthly");
        });
        assertThat(requests.forAccount(accountId)).extracting(AccountRequest::id).containsExactly(submitted.id());
        assertThat(requests.timeline(submitted.id())).extracting(TimelineEntry::kind).containsSubsequence(
                "SUBMITTED", "APPROVED", "QUEUED", "STARTED", "ACCOUNT_CREATED", "BASELINE", "BASELINE", "BUDGET",
                "PROVISIONED");
    }

    @Test
    void neverMoreThanMaxInFlightStartInQueueOrderAndQueuedRequestsCanBeReorderedOrCancelled() {
        List<UUID> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(requests.submit(sandbox(unique("q" + i))).id());
        }
        ids.forEach(this::approve);

        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        assertThat(queue.queue()).extracting(q -> q.request().id()).containsExactlyElementsOf(ids);
        queue.move(ids.get(7), QueueMove.TOP);
        queue.move(ids.get(0), QueueMove.DOWN);
        requests.cancel(ids.get(3), "not needed");
        assertThat(queue.queue()).extracting(q -> q.request().id()).containsExactly(ids.get(7), ids.get(1),
                ids.get(0), ids.get(2), ids.get(4), ids.get(5), ids.get(6));

        assertThat(runner.tick().started()).isEqualTo(5);
        assertThat(statusOf(ids)).containsExactly(AccountRequestStatus.PROVISIONING, AccountRequestStatus.PROVISIONING,
                AccountRequestStatus.PROVISIONING, AccountRequestStatus.CANCELLED, AccountRequestStatus.PROVISIONING,
                AccountRequestStatus.QUEUED, AccountRequestStatus.QUEUED, AccountRequestStatus.PROVISIONING);
        assertThat(queue.queue()).extracting(QueuedRequest::position, q -> q.request().id())
                .containsExactly(tuple(1, ids.get(5)), tuple(2, ids.get(6)));
        assertThat(runner.tick().started()).as("all slots busy").isZero();
        assertThatThrownBy(() -> requests.cancel(ids.get(0), "too late")).isInstanceOf(IllegalStateException.class);
        assertThat(((CountingVendor) vendor).startsOf(requests.get(ids.get(3)).vending().idempotencyKey())).isZero();

        clock.advance(Duration.ofSeconds(5));
        runner.tick(); // accounts created; no slot frees before they are done (baselines follow)
        assertThat(statusOf(ids).stream().filter(s -> s == AccountRequestStatus.PROVISIONING)).hasSize(5);
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofSeconds(3));
            runner.tick();
        }
        assertThat(statusOf(ids)).containsExactly(AccountRequestStatus.PROVISIONED, AccountRequestStatus.PROVISIONED,
                AccountRequestStatus.PROVISIONED, AccountRequestStatus.CANCELLED, AccountRequestStatus.PROVISIONED,
                AccountRequestStatus.PROVISIONING, AccountRequestStatus.PROVISIONING,
                AccountRequestStatus.PROVISIONED);
    }

    @Test
    void afterACrashBetweenStartSentAndStoringTheOperationTheVendorIsAskedAndNeverStartedAgain() {
        AccountRequest submitted = requests.submit(sandbox(unique("crash")));
        approve(submitted.id());
        AccountRequest queued = store.find(submitted.id()).orElseThrow();

        // the process recorded "start sent", the call reached the vendor, then the process died before storing the id
        tx.executeWithoutResult(s -> store.save(queued.lifecycle().startVending(vendor.name(), clock.instant())));
        String operationId = vendor.start(VendingRunner.command(queued));
        assertThat(((CountingVendor) vendor).startsOf(queued.vending().idempotencyKey())).isEqualTo(1);

        runner.tick();
        AccountRequest recovered = requests.get(submitted.id());
        assertThat(recovered.vending().operationId()).isEqualTo(operationId);
        assertThat(requests.timeline(submitted.id())).extracting(TimelineEntry::message)
                .anySatisfy(m -> assertThat(m).startsWith("Operation " + operationId + " found after an unconfirmed "
                        + "start"));

        clock.advance(Duration.ofSeconds(5));
        runner.tick();
        assertThat(requests.get(submitted.id()).vending().accountId()).isNotNull();
        assertThat(((CountingVendor) vendor).startsOf(queued.vending().idempotencyKey())).as("start never called again")
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from accounts.sandbox_vending_operation where idempotency_key = ?",
                Integer.class, queued.vending().idempotencyKey())).isEqualTo(1);
    }

    @Test
    void aStartThatNeverReachedTheVendorNeedsAnOperatorAfterTheGracePeriodWithoutStartingAgain() {
        AccountRequest submitted = requests.submit(sandbox(unique("lost")));
        approve(submitted.id());
        tx.executeWithoutResult(s -> store.save(store.find(submitted.id()).orElseThrow().lifecycle()
                .startVending(vendor.name(), clock.instant())));

        runner.tick();
        assertThat(requests.get(submitted.id()).status()).isEqualTo(AccountRequestStatus.PROVISIONING);
        clock.advance(Duration.ofMinutes(31));
        runner.tick();

        AccountRequest failed = requests.get(submitted.id());
        assertThat(failed.status()).isEqualTo(AccountRequestStatus.NEEDS_OPERATOR);
        assertThat(failed.progress().failureCode()).isEqualTo("START_UNCONFIRMED");
        assertThat(failed.progress().reason()).contains("platform operator");
        runner.tick();
        assertThat(requests.get(submitted.id()).status()).as("vending stopped").isEqualTo(
                AccountRequestStatus.NEEDS_OPERATOR);
        assertThat(((CountingVendor) vendor).startsOf(failed.vending().idempotencyKey())).isZero();
    }

    @Test
    void aThrottledStartStaysInFlightAndIsStartedAgainOnTheNextPass() {
        AccountRequest submitted = requests.submit(sandbox(unique("throttled")));
        approve(submitted.id());
        CountingVendor counting = (CountingVendor) vendor;
        counting.throttle.set(1);

        runner.tick();
        AccountRequest refused = requests.get(submitted.id());
        assertThat(refused.status()).isEqualTo(AccountRequestStatus.PROVISIONING);
        assertThat(refused.vending().startSentAt()).as("nothing was started: start again, no find").isNull();
        assertThat(refused.vending().operationId()).isNull();
        assertThat(requests.timeline(submitted.id())).extracting(TimelineEntry::kind).contains("RETRY");

        runner.tick();
        assertThat(requests.get(submitted.id()).vending().operationId()).startsWith("car-");
        assertThat(counting.startsOf(refused.vending().idempotencyKey())).isEqualTo(2);
    }

    @Test
    void aStartWhoseAnswerWasLostIsLookedUpAndNeverStartedAgain() {
        AccountRequest submitted = requests.submit(sandbox(unique("timeout")));
        approve(submitted.id());
        CountingVendor counting = (CountingVendor) vendor;
        counting.loseAnswer.set(1);

        runner.tick();
        AccountRequest unknown = requests.get(submitted.id());
        assertThat(unknown.status()).isEqualTo(AccountRequestStatus.PROVISIONING);
        assertThat(unknown.vending().startSentAt()).as("AWS may be creating it: keep start sent").isNotNull();
        assertThat(unknown.vending().operationId()).isNull();
        assertThat(requests.timeline(submitted.id())).extracting(TimelineEntry::kind).contains("UNCONFIRMED");

        runner.tick();
        assertThat(requests.get(submitted.id()).vending().operationId()).startsWith("car-");
        clock.advance(Duration.ofSeconds(5));
        runner.tick();
        assertThat(requests.get(submitted.id()).vending().accountId()).isNotNull();
        assertThat(counting.startsOf(unknown.vending().idempotencyKey())).as("looked up, never started again")
                .isEqualTo(1);
    }

    @Test
    void anEmailUsedByAnotherOrganizationFailsWithThePlainReason() {
        String name = unique("taken");
        NewAccountRequest r = sandbox(name);
        AccountRequest submitted = requests.submit(new NewAccountRequest(r.accountName(), name + "@taken.example.com",
                r.organizationalUnitId(), "E", "E", "e@example.com", "payments", "CC", "dev", BigDecimal.TEN,
                List.of(), Map.of(), "why"));
        approve(submitted.id());
        runner.tick();
        clock.advance(Duration.ofSeconds(5));
        runner.tick();

        AccountRequest failed = requests.get(submitted.id());
        assertThat(failed.status()).isEqualTo(AccountRequestStatus.FAILED);
        assertThat(failed.progress().failureCode()).isEqualTo("EMAIL_ALREADY_EXISTS");
        assertThat(failed.progress().reason()).startsWith("An AWS account with this email address already exists");
    }

    @Test
    void aFailingBaselineFailsTheRequestWithTheStackInstanceReason() {
        NewAccountRequest r = sandbox(unique("badbase"));
        AccountRequest submitted = requests.submit(new NewAccountRequest(r.accountName(), r.accountEmail(),
                r.organizationalUnitId(), "E", "E", "e@example.com", "payments", "CC", "dev", BigDecimal.TEN,
                List.of("security-baseline"), Map.of("sandbox-fail-baseline", "skyway-security-baseline"), "why"));
        approve(submitted.id());
        runner.tick();
        clock.advance(Duration.ofSeconds(5));
        runner.tick();
        runner.tick();
        clock.advance(Duration.ofSeconds(3));
        runner.tick();

        AccountRequest failed = requests.get(submitted.id());
        assertThat(failed.status()).isEqualTo(AccountRequestStatus.FAILED);
        assertThat(failed.progress().reason()).startsWith("Baseline security-baseline failed: Stack instance")
                .contains("CREATE_FAILED");
        assertThat(failed.baselines()).extracting(AccountRequest.BaselineDeployment::state)
                .containsExactly(AccountRequest.BaselineDeployment.State.FAILED);
    }

    @Test
    void theOwnerTeamClosesAnAccountAfterApproverAndSecurityAndItEndsSuspended() {
        String accountId = accounts.search(new AccountQuery("payments-dev", null, null, null, null), 0, 1).getFirst()
                .id();
        assertThatThrownBy(() -> closings.requestClose(accountId, " "))
                .isInstanceOf(AccountRequestValidationException.class);

        AccountRequest close = closings.requestClose(accountId, "project ended");
        assertThat(requests.process(close.id()).orElseThrow().stages()).extracting(ApprovalStage::name)
                .containsExactly("Approver", "Security");
        assertThatThrownBy(() -> closings.requestClose(accountId, "again"))
                .isInstanceOf(AccountRequestValidationException.class);

        TestUsers.loginAs("avery", Role.APPROVER);
        requests.approve(close.id(), close.approval().subjectHash(), "ok");
        TestUsers.loginAs("sam", Role.SECURITY);
        approveAndAwaitQueued(close.id(), () -> requests.approve(close.id(), close.approval().subjectHash(), "ok"));
        TestUsers.loginAs("erin", Role.ENGINEER);

        runner.tick();
        assertThat(requests.get(close.id()).status()).isEqualTo(AccountRequestStatus.CLOSING);
        clock.advance(Duration.ofSeconds(5));
        runner.tick();

        assertThat(requests.get(close.id()).status()).isEqualTo(AccountRequestStatus.CLOSED);
        Account closed = accounts.account(accountId);
        assertThat(closed.status()).isEqualTo("SUSPENDED");
        assertThat(closed.ouPath()).isEqualTo("Suspended");
        await().atMost(Duration.ofSeconds(10)).until(() -> audited("accounts.account-closed", close.id().toString())
                == 1);
    }

    @Test
    void someoneOutsideTheOwnerTeamCannotAskToCloseAnAccount() {
        String accountId = accounts.search(new AccountQuery("log-archive", null, null, null, null), 0, 1).getFirst()
                .id();
        assertThatThrownBy(() -> closings.requestClose(accountId, "why not"))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void approve(UUID id) {
        dev.skyway.portal.platform.identity.PortalUser before = TestUsers.user("erin", Role.ENGINEER);
        TestUsers.loginAs("avery", Role.APPROVER);
        approveAndAwaitQueued(id, () -> requests.approve(id, store.find(id).orElseThrow().approval().subjectHash(),
                "fine"));
        TestUsers.loginAs(before.username(), Role.ENGINEER);
    }

    /**
     * The last approval (the stimulus) reaching the request: the approvals module publishes its verdict, and the
     * accounts module's listener queues the request after the commit, on another thread, announcing it. Waits for
     * the queued request rather than for the announcement, which is published before the listener's commit.
     */
    private void approveAndAwaitQueued(UUID id, Runnable approval) {
        scenario.stimulate(approval)
                .customize(Stimuli::onTheTestThread)
                .andWaitForStateChange(() -> store.find(id).orElseThrow().status(), AccountRequestStatus.QUEUED::equals)
                .andExpect(AccountRequestChanged.class)
                .matching(e -> e.requestId().equals(id) && e.action().equals("accounts.request-queued"))
                .toArrive();
    }

    private List<AccountRequestStatus> statusOf(List<UUID> ids) {
        return ids.stream().map(id -> store.find(id).orElseThrow().status()).toList();
    }

    private int audited(String action, String targetId) {
        return jdbc.queryForObject("select count(*) from platform.audit_entry where action = ? and target_id = ?",
                Integer.class, action, targetId);
    }

    private static void loginAs(dev.skyway.portal.platform.identity.PortalUser user) {
        dev.skyway.portal.platform.identity.PortalPrincipal principal = () -> user;
        var token = new org.springframework.security.authentication.TestingAuthenticationToken(principal, null,
                user.roles().stream().map(Role::authority).toArray(String[]::new));
        token.setAuthenticated(true);
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(token);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
