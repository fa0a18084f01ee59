package dev.skyway.portal.accounts;

import static dev.skyway.portal.accounts.AccountRequestStatus.CANCELLED;
import static dev.skyway.portal.accounts.AccountRequestStatus.CHANGES_REQUESTED;
import static dev.skyway.portal.accounts.AccountRequestStatus.CLOSED;
import static dev.skyway.portal.accounts.AccountRequestStatus.CLOSING;
import static dev.skyway.portal.accounts.AccountRequestStatus.FAILED;
import static dev.skyway.portal.accounts.AccountRequestStatus.NEEDS_OPERATOR;
import static dev.skyway.portal.accounts.AccountRequestStatus.PENDING_APPROVAL;
import static dev.skyway.portal.accounts.AccountRequestStatus.PROVISIONED;
import static dev.skyway.portal.accounts.AccountRequestStatus.PROVISIONING;
import static dev.skyway.portal.accounts.AccountRequestStatus.QUEUED;
import static dev.skyway.portal.accounts.AccountRequestStatus.REJECTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.skyway.portal.accounts.AccountRequest.Kind;
import dev.skyway.portal.accounts.AccountRequest.Progress;
import dev.skyway.portal.accounts.AccountRequest.Vending;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;

/** Every move an account request may make, what each records and raises, and the moves it refuses. */
class AccountRequestLifecycleTests {

    static final Instant CREATED = Instant.parse("2026-06-01T09:00:00Z");
    static final Instant NOW = CREATED.plus(Duration.ofHours(2));
    static final PortalUser ERIN = new PortalUser(PortalUser.LOCAL_ISSUER, "erin", "erin", "Erin Engineer",
            "erin@example.com", "payments", Set.of(), Set.of(Role.ENGINEER));

    static AccountRequest creation(AccountRequestStatus status) {
        return new AccountRequest(UUID.randomUUID(), Kind.CREATE, AccountRequest.Requester.of(ERIN), "pay-dev",
                "aws+pay-dev@example.com", new AccountRequest.Placement("ou-1", "Dev", "Workloads/Dev"),
                new AccountRequest.SsoUser("Erin", "Engineer", "erin@example.com"),
                new AccountRequest.Ownership("payments", "cc-1", "dev"), new BigDecimal("100.00"), "for tests", null,
                new AccountRequest.Approval("hash-1", UUID.randomUUID()), new Progress(status, null, null, null),
                Vending.notStarted("key-1"), AccountRequest.Timing.createdAt(CREATED), Map.of(), List.of());
    }

    static AccountRequest closing(AccountRequestStatus status) {
        return new AccountRequest(UUID.randomUUID(), Kind.CLOSE, AccountRequest.Requester.of(ERIN), "old-dev", null,
                new AccountRequest.Placement("ou-1", null, "Workloads/Dev"), null,
                new AccountRequest.Ownership("payments", "cc-1", null), null, "not needed", "123456789012",
                new AccountRequest.Approval("hash-2", UUID.randomUUID()), new Progress(status, null, null, null),
                Vending.notStarted("key-2"), AccountRequest.Timing.createdAt(CREATED), Map.of(), List.of());
    }

    static AccountRequest withAccount(AccountRequest r, String accountId) {
        Vending v = r.vending();
        return r.with(r.progress(), new Vending(v.idempotencyKey(), v.vendor(), v.startSentAt(), "car-1", accountId),
                r.timing());
    }

    // ---- approval

    @Test
    void aSubmittedRequestRecordsWhoAskedAndRaisesItsAuditEvent() {
        AccountRequestTransition t = creation(PENDING_APPROVAL).lifecycle().submit(ERIN, NOW);

        assertThat(t.after()).isEqualTo(t.before());
        assertThat(t.timeline()).singleElement().isEqualTo(new TimelineEntry(NOW, "SUBMITTED",
                "Submitted by Erin Engineer"));
        assertThat(audit(t)).containsExactly("accounts.request-submitted");
        assertThat(closing(PENDING_APPROVAL).lifecycle().submit(ERIN, NOW).timeline())
                .extracting(TimelineEntry::message).containsExactly("Closing requested by Erin Engineer");
        assertThat(audit(closing(PENDING_APPROVAL).lifecycle().submit(ERIN, NOW)))
                .containsExactly("accounts.close-requested");
    }

    @ParameterizedTest
    @EnumSource(names = {"PENDING_APPROVAL", "CHANGES_REQUESTED"})
    void anApprovedRequestJoinsTheQueue(AccountRequestStatus from) {
        AccountRequestTransition t = creation(from).lifecycle().approve("staging", false, 7, NOW);

        assertThat(t.after().status()).isEqualTo(QUEUED);
        assertThat(t.after().progress().queueRank()).isEqualTo(7);
        assertThat(t.after().progress().reason()).isNull();
        assertThat(t.after().timing().queuedAt()).isEqualTo(NOW);
        assertThat(t.timeline()).extracting(TimelineEntry::kind, TimelineEntry::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("APPROVED", "Approved (rule staging)"),
                org.assertj.core.groups.Tuple.tuple("QUEUED", "Waiting in the vending queue"));
        assertThat(audit(t)).containsExactly("accounts.request-queued");
        assertThat(creation(from).lifecycle().approve("dev", true, 1, NOW).timeline().getFirst().message())
                .isEqualTo("Approved automatically (rule dev)");
    }

    @Test
    void aRejectedRequestEndsWithTheReason() {
        AccountRequestTransition t = creation(PENDING_APPROVAL).lifecycle().reject("Finance", "too much", NOW);

        assertThat(t.after().status()).isEqualTo(REJECTED);
        assertThat(t.after().progress().reason()).isEqualTo("too much");
        assertThat(t.after().timing().finishedAt()).isEqualTo(NOW);
        assertThat(t.timeline()).extracting(TimelineEntry::message)
                .containsExactly("Rejected at stage Finance: too much");
        assertThat(t.events()).isEmpty();
    }

    @Test
    void changesRequestedGoBackToTheRequesterWhoResubmits() {
        AccountRequest pending = creation(PENDING_APPROVAL);
        AccountRequest sentBack = pending.lifecycle().requestChanges("Lead", "smaller budget", NOW).after();
        assertThat(sentBack.status()).isEqualTo(CHANGES_REQUESTED);
        assertThat(sentBack.progress().reason()).isEqualTo("smaller budget");
        assertThat(sentBack.lifecycle().editable()).isTrue();

        AccountRequest edited = creation(PENDING_APPROVAL);
        AccountRequestTransition t = sentBack.lifecycle().resubmit(edited, ERIN, NOW.plusSeconds(60));

        assertThat(t.after().status()).isEqualTo(PENDING_APPROVAL);
        assertThat(t.after().progress().reason()).isNull();
        assertThat(t.after().timing().createdAt()).as("still the same request").isEqualTo(CREATED);
        assertThat(t.timeline()).extracting(TimelineEntry::message)
                .containsExactly("Edited and resubmitted by Erin Engineer");
        assertThat(audit(t)).containsExactly("accounts.request-resubmitted");
    }

    @Test
    void aVerdictIsAwaitedOnlyForTheCurrentVersionBeforeADecision() {
        assertThat(creation(PENDING_APPROVAL).lifecycle().awaitsVerdictOn("hash-1")).isTrue();
        assertThat(creation(CHANGES_REQUESTED).lifecycle().awaitsVerdictOn("hash-1")).isTrue();
        assertThat(creation(PENDING_APPROVAL).lifecycle().awaitsVerdictOn("hash-0")).as("another version").isFalse();
        assertThat(creation(QUEUED).lifecycle().awaitsVerdictOn("hash-1")).as("already approved").isFalse();
    }

    // ---- cancelling and the queue

    @Test
    void theRequesterCancelsBeforeItStartsAnAdminOnlyOnceQueued() {
        assertThat(creation(PENDING_APPROVAL).lifecycle().cancellableBy(true, false)).isTrue();
        assertThat(creation(PENDING_APPROVAL).lifecycle().cancellableBy(false, true)).isFalse();
        assertThat(creation(QUEUED).lifecycle().cancellableBy(false, true)).isTrue();
        assertThat(creation(QUEUED).lifecycle().cancellableBy(false, false)).isFalse();

        AccountRequestTransition t = creation(QUEUED).lifecycle().cancel(ERIN, false, "Cancelled by Ada", NOW);
        assertThat(t.after().status()).isEqualTo(CANCELLED);
        assertThat(t.after().progress().queueRank()).isNull();
        assertThat(t.after().timing().finishedAt()).isEqualTo(NOW);
        assertThat(audit(t)).containsExactly("accounts.request-cancelled");
        assertThat(creation(CHANGES_REQUESTED).lifecycle().cancel(ERIN, true, "Cancelled by Erin", NOW).after()
                .status()).isEqualTo(CANCELLED);
    }

    @Test
    void aQueuedRequestMovesInTheQueueWithoutChangingItsStatus() {
        AccountRequestTransition t = creation(QUEUED).lifecycle().moveInQueue(QueueMove.UP, 3, ERIN, NOW);

        assertThat(t.after()).isEqualTo(t.before());
        assertThat(t.timeline()).extracting(TimelineEntry::message)
                .containsExactly("Moved up in the queue by Erin Engineer");
        assertThat(audit(t)).containsExactly("accounts.queue-reordered");
    }

    // ---- vending

    @Test
    void aQueuedCreationStartsVendingRecordedBeforeTheCall() {
        AccountRequestTransition t = creation(QUEUED).lifecycle().startVending("organizations", NOW);

        assertThat(t.after().status()).isEqualTo(PROVISIONING);
        assertThat(t.after().vending().vendor()).isEqualTo("organizations");
        assertThat(t.after().vending().startSentAt()).isEqualTo(NOW);
        assertThat(t.after().timing().startedAt()).isEqualTo(NOW);
        assertThat(t.after().progress().queueRank()).isNull();
        assertThat(t.timeline()).extracting(TimelineEntry::message)
                .containsExactly("Account creation started (organizations)");
        assertThat(audit(t)).containsExactly("accounts.vending-started");
    }

    @Test
    void aVendedAccountCompletesTheRequestAndRaisesAccountVended() {
        AccountRequest vending = withAccount(creation(QUEUED).lifecycle().startVending("sandbox", CREATED).after(),
                "210987654321");

        AccountRequestTransition t = vending.lifecycle().complete("skyway-210987654321-monthly", NOW);

        assertThat(t.after().status()).isEqualTo(PROVISIONED);
        assertThat(t.after().timing().finishedAt()).isEqualTo(NOW);
        assertThat(t.timeline()).extracting(TimelineEntry::kind).containsExactly("BUDGET", "PROVISIONED");
        assertThat(t.events()).singleElement().isInstanceOfSatisfying(AccountVended.class, e -> {
            assertThat(e.accountId()).isEqualTo("210987654321");
            assertThat(e.requester()).isEqualTo("erin");
        });
    }

    @Test
    void vendingFailsWithTheVendorsCodeAndPlainWords() {
        AccountRequestTransition t = creation(PROVISIONING).lifecycle().fail("EMAIL_ALREADY_EXISTS", "in use", NOW);

        assertThat(t.after().status()).isEqualTo(FAILED);
        assertThat(t.after().progress().failureCode()).isEqualTo("EMAIL_ALREADY_EXISTS");
        assertThat(t.after().progress().reason()).isEqualTo("in use");
        assertThat(t.after().timing().finishedAt()).isEqualTo(NOW);
        assertThat(audit(t)).containsExactly("accounts.vending-failed");
        assertThat(closing(CLOSING).lifecycle().fail(null, "denied", NOW).after().status()).isEqualTo(FAILED);
    }

    @Test
    void anUnknownStartStopsForAnOperatorWithItsReasonHeldToTheColumn() {
        AccountRequestTransition t = creation(PROVISIONING).lifecycle().needOperator("START_UNCONFIRMED",
                "x".repeat(5000), NOW);

        assertThat(t.after().status()).isEqualTo(NEEDS_OPERATOR);
        assertThat(t.after().progress().failureCode()).isEqualTo("START_UNCONFIRMED");
        assertThat(t.after().progress().reason()).hasSize(4000).endsWith("…");
        assertThat(t.after().timing().finishedAt()).isEqualTo(NOW);
        assertThat(audit(t)).containsExactly("accounts.vending-needs-operator");
    }

    @Test
    void aClosingRequestStartsClosingThenEndsClosed() {
        AccountRequest closingNow = closing(QUEUED).lifecycle().startClosing(NOW).after();
        assertThat(closingNow.status()).isEqualTo(CLOSING);
        assertThat(closingNow.vending().vendor()).isEqualTo(AccountRequestLifecycle.CLOSER);

        AccountRequestTransition t = closingNow.lifecycle().finishClosing(NOW.plusSeconds(30));

        assertThat(t.after().status()).isEqualTo(CLOSED);
        assertThat(t.timeline()).extracting(TimelineEntry::message)
                .containsExactly("Account 123456789012 is suspended and moved to the Suspended OU");
        assertThat(audit(t)).containsExactly("accounts.account-closed");
    }

    // ---- refused moves

    @ParameterizedTest
    @EnumSource(names = {"QUEUED", "PROVISIONING", "PROVISIONED", "FAILED", "CANCELLED", "REJECTED", "CLOSING",
            "CLOSED", "NEEDS_OPERATOR"})
    void aDecidedRequestTakesNoVerdictAndNoEdit(AccountRequestStatus from) {
        AccountRequest request = creation(from);

        refused(request, r -> r.lifecycle().approve("rule", false, 1, NOW));
        refused(request, r -> r.lifecycle().reject("stage", "no", NOW));
        refused(request, r -> r.lifecycle().requestChanges("stage", "change", NOW));
        refused(request, r -> r.lifecycle().resubmit(creation(PENDING_APPROVAL), ERIN, NOW));
        assertThatThrownBy(() -> request.lifecycle().requireEditable())
                .hasMessage("This request is " + from + " and can no longer be edited");
    }

    @ParameterizedTest
    @EnumSource(names = {"PROVISIONING", "PROVISIONED", "FAILED", "CANCELLED", "REJECTED", "CLOSING", "CLOSED",
            "NEEDS_OPERATOR"})
    void aRequestThatStartedOrEndedCannotBeCancelled(AccountRequestStatus from) {
        assertThatThrownBy(() -> creation(from).lifecycle().cancel(ERIN, true, "why", NOW))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("This request is " + from + " and can no longer be cancelled");
    }

    @Test
    void someoneElsesPendingRequestIsNotCancelledEvenByAnAdmin() {
        refused(creation(PENDING_APPROVAL), r -> r.lifecycle().cancel(ERIN, false, "why", NOW));
    }

    @ParameterizedTest
    @EnumSource(mode = EnumSource.Mode.EXCLUDE, names = "QUEUED")
    void onlyAQueuedRequestStartsOrMovesInTheQueue(AccountRequestStatus from) {
        refused(creation(from), r -> r.lifecycle().startVending("sandbox", NOW));
        refused(closing(from), r -> r.lifecycle().startClosing(NOW));
        assertThatThrownBy(() -> creation(from).lifecycle().moveInQueue(QueueMove.TOP, 2, ERIN, NOW))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("Only queued requests can be moved; this one is " + from);
    }

    @Test
    void aCreationDoesNotStartClosingNorAClosingStartVending() {
        refused(creation(QUEUED), r -> r.lifecycle().startClosing(NOW));
        refused(closing(QUEUED), r -> r.lifecycle().startVending("sandbox", NOW));
    }

    @Test
    void onlyARunningRequestCompletesFailsOrWaitsForAnOperator() {
        Set<AccountRequestStatus> notRunning = EnumSet.complementOf(EnumSet.of(PROVISIONING, CLOSING));
        for (AccountRequestStatus from : notRunning) {
            refused(withAccount(creation(from), "210987654321"), r -> r.lifecycle().complete("b", NOW));
            refused(creation(from), r -> r.lifecycle().fail("X", "why", NOW));
            refused(creation(from), r -> r.lifecycle().needOperator("X", "why", NOW));
            refused(closing(from), r -> r.lifecycle().finishClosing(NOW));
        }
        refused(creation(PROVISIONING), r -> r.lifecycle().complete("b", NOW)); // no account yet
        refused(closing(CLOSING), r -> r.lifecycle().needOperator("X", "why", NOW));
        refused(creation(PROVISIONING), r -> r.lifecycle().finishClosing(NOW));
    }

    @Test
    void aRequestIsSubmittedOnlyOnce() {
        refused(creation(QUEUED), r -> r.lifecycle().submit(ERIN, NOW));
    }

    private static void refused(AccountRequest request, Function<AccountRequest, AccountRequestTransition> move) {
        assertThatThrownBy(() -> move.apply(request)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageStartingWith("This request is " + request.status() + " and ")
                .satisfies(e -> assertThat(((IllegalTransitionException) e).from()).isEqualTo(request.status()));
    }

    private static List<String> audit(AccountRequestTransition t) {
        return t.events().stream().map(e -> e.auditAction()).toList();
    }
}
