package dev.skyway.portal.provisioning.internal.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.skyway.portal.platform.money.Money;
import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.provisioning.ProductProvisioned;
import dev.skyway.portal.provisioning.ProductRequestResubmitted;
import dev.skyway.portal.provisioning.ProductRequestSubmitted;
import dev.skyway.portal.provisioning.ProductRequestWithdrawn;
import dev.skyway.portal.provisioning.ProvisionedProductChanged;
import dev.skyway.portal.provisioning.ProvisioningFailed;
import dev.skyway.portal.provisioning.ProvisioningRetried;
import dev.skyway.portal.provisioning.Purpose;
import dev.skyway.portal.provisioning.RequestAction;
import dev.skyway.portal.provisioning.RequestStateException;
import dev.skyway.portal.provisioning.RequestStatus;
import dev.skyway.portal.provisioning.RequestedProduct;
import dev.skyway.portal.provisioning.Target;

/**
 * A product request's transitions, without a database: every legal move, what it changes and raises, and the moves
 * it refuses.
 */
class RequestRowTests {

    static final Instant CREATED = Instant.parse("2025-03-01T10:00:00Z");
    static final Instant LATER = Instant.parse("2025-03-01T11:00:00Z");
    static final PortalUser ALICE = new PortalUser("local", "alice-sub", "alice", "Alice", null, "payments",
            Set.of(), Set.of(Role.ENGINEER));
    static final AuditActor BY_ALICE = AuditActor.of(ALICE);

    @Test
    void aNewRequestIsPendingApprovalAtItsFirstAttemptWithAToken() {
        RequestRow row = created(RequestAction.CREATE);

        assertThat(row.status()).isEqualTo(RequestStatus.PENDING_APPROVAL);
        assertThat(row.requester().username()).isEqualTo("alice");
        assertThat(row.requester().team()).isEqualTo("payments");
        assertThat(row.requesterKey()).isEqualTo(ALICE.key());
        assertThat(row.attempt().number()).isEqualTo(1);
        assertThat(row.attempt().token()).isNotBlank();
        assertThat(row.attempt().recordId()).isNull();
        assertThat(row.approval().subjectHash()).isEqualTo("hash-1");
        assertThat(row.approval().processId()).isNull();
        assertThat(row.timing().createdAt()).isEqualTo(CREATED);
        assertThat(row.timing().updatedAt()).isEqualTo(CREATED);
    }

    @Test
    void submittingKeepsTheProcessAndRaisesSubmitted() {
        UUID process = UUID.randomUUID();
        Transition t = created(RequestAction.CREATE).submittedTo(process, BY_ALICE);

        assertThat(t.after().approval().processId()).isEqualTo(process);
        assertThat(t.after().status()).isEqualTo(RequestStatus.PENDING_APPROVAL);
        assertThat(t.events()).singleElement().isInstanceOfSatisfying(ProductRequestSubmitted.class, e -> {
            assertThat(e.requestId()).isEqualTo(t.after().id());
            assertThat(e.productId()).isEqualTo("prod-s3");
            assertThat(e.environment()).isEqualTo("dev");
            assertThat(e.accountId()).isEqualTo("111122223333");
            assertThat(e.auditActor()).isEqualTo(BY_ALICE);
        });
    }

    @ParameterizedTest
    @EnumSource(value = RequestStatus.class, names = {"PENDING_APPROVAL", "CHANGES_REQUESTED"})
    void approvalVerdictsMoveAnUndecidedRequest(RequestStatus from) {
        RequestRow row = in(from, RequestAction.CREATE);

        assertMoved(row.approve(LATER), RequestStatus.APPROVED, null);
        assertMoved(row.reject("too big", LATER), RequestStatus.REJECTED, "too big");
        assertMoved(row.sendBack("which VPC?", LATER), RequestStatus.CHANGES_REQUESTED, "which VPC?");
    }

    @ParameterizedTest
    @EnumSource(value = RequestStatus.class, names = {"PENDING_APPROVAL", "CHANGES_REQUESTED"},
            mode = EnumSource.Mode.EXCLUDE)
    void aDecidedRequestTakesNoVerdictAndCannotBeWithdrawn(RequestStatus from) {
        RequestRow row = in(from, RequestAction.CREATE);

        assertRefused(() -> row.approve(LATER), from);
        assertRefused(() -> row.reject("no", LATER), from);
        assertRefused(() -> row.sendBack("why?", LATER), from);
        assertThatThrownBy(() -> row.withdraw("mine", BY_ALICE, LATER)).isInstanceOf(RequestStateException.class)
                .hasMessage("Only a request waiting for approval or sent back can be withdrawn; this one is " + from);
    }

    @ParameterizedTest
    @EnumSource(value = RequestStatus.class, names = {"PENDING_APPROVAL", "CHANGES_REQUESTED"})
    void theRequesterWithdrawsAnUndecidedRequest(RequestStatus from) {
        Transition t = in(from, RequestAction.CREATE).withdraw("Withdrawn by Alice", BY_ALICE, LATER);

        assertMoved(t, RequestStatus.WITHDRAWN, "Withdrawn by Alice");
        assertThat(t.events()).singleElement().isInstanceOfSatisfying(ProductRequestWithdrawn.class, e -> {
            assertThat(e.reason()).isEqualTo("Withdrawn by Alice");
            assertThat(e.auditActor()).isEqualTo(BY_ALICE);
        });
    }

    @Test
    void aSentBackRequestIsResubmittedAsANewVersionWithItsEdits() {
        RequestRow row = in(RequestStatus.CHANGES_REQUESTED, RequestAction.CREATE);
        Revision edit = new Revision(row.product().withVersion("v-2", "2.0"), new Target("staging", "444455556666"),
                new Purpose("load tests", "CC-9"), Money.of("12.50", "EUR"), "bucket-2");

        Transition t = row.resubmit(edit, "hash-2", BY_ALICE, LATER);

        assertMoved(t, RequestStatus.PENDING_APPROVAL, null);
        assertThat(t.after().revision()).isEqualTo(edit);
        assertThat(t.after().approval()).isEqualTo(new Approval("hash-2", row.approval().processId()));
        assertThat(t.events()).singleElement().isInstanceOfSatisfying(ProductRequestResubmitted.class, e -> {
            assertThat(e.environment()).isEqualTo("staging");
            assertThat(e.accountId()).isEqualTo("444455556666");
        });
    }

    @Test
    void onlyASentBackRequestIsResubmitted() {
        RequestRow row = in(RequestStatus.PENDING_APPROVAL, RequestAction.CREATE);

        assertThatThrownBy(() -> row.resubmit(row.revision(), "hash-2", BY_ALICE, LATER))
                .isInstanceOf(RequestStateException.class)
                .hasMessage("Only a request sent back with changes requested can be resubmitted; this one is "
                        + "PENDING_APPROVAL");
        assertThatThrownBy(() -> row.requireSentBack("be edited")).hasMessageContaining("can be edited");
    }

    @ParameterizedTest
    @EnumSource(value = RequestAction.class, names = {"CREATE", "UPDATE"})
    void anApprovedRequestStartsProvisioningOnceAndAgainWithoutAMove(RequestAction action) {
        Transition started = in(RequestStatus.APPROVED, action).startProvisioning(LATER);
        assertMoved(started, RequestStatus.PROVISIONING, null);

        Transition again = started.after().startProvisioning(LATER.plusSeconds(5));
        assertThat(again.after()).isSameAs(started.after());
        assertThat(again.events()).isEmpty();
    }

    @Test
    void aTerminationStartsTerminatingAlsoAfterARetry() {
        assertMoved(in(RequestStatus.APPROVED, RequestAction.TERMINATE).startTerminating(LATER),
                RequestStatus.TERMINATING, null);
        assertMoved(in(RequestStatus.PROVISIONING, RequestAction.TERMINATE).startTerminating(LATER),
                RequestStatus.TERMINATING, null);
        RequestRow terminating = in(RequestStatus.TERMINATING, RequestAction.TERMINATE);
        assertThat(terminating.startTerminating(LATER).after()).isSameAs(terminating);
    }

    @Test
    void startingRefusesTheWrongActionAndUnapprovedRequests() {
        assertRefused(() -> in(RequestStatus.APPROVED, RequestAction.TERMINATE).startProvisioning(LATER),
                RequestStatus.APPROVED);
        assertRefused(() -> in(RequestStatus.APPROVED, RequestAction.CREATE).startTerminating(LATER),
                RequestStatus.APPROVED);
        for (RequestStatus from : EnumSet.of(RequestStatus.PENDING_APPROVAL, RequestStatus.FAILED,
                RequestStatus.PROVISIONED, RequestStatus.REJECTED)) {
            assertRefused(() -> in(from, RequestAction.CREATE).startProvisioning(LATER), from);
        }
    }

    @Test
    void throttlingBacksOffWithoutTouchingTheRequestAndAnAnswerEndsIt() {
        RequestRow running = in(RequestStatus.PROVISIONING, RequestAction.CREATE);
        Instant until = LATER.plusSeconds(20);

        RequestRow waiting = running.backOff(RequestLifecycle.THROTTLED, until).then(r ->
                r.backOff(RequestLifecycle.THROTTLED, until)).after();
        assertThat(waiting.attempt().throttled()).isEqualTo(2);
        assertThat(waiting.attempt().nextAttemptAt()).isEqualTo(until);
        assertThat(waiting.statusReason()).isEqualTo(RequestLifecycle.THROTTLED);
        assertThat(waiting.timing()).isEqualTo(running.timing());

        RequestRow heard = waiting.answered().after();
        assertThat(heard.attempt().throttled()).isZero();
        assertThat(heard.attempt().nextAttemptAt()).isNull();
        assertThat(heard.statusReason()).isNull();
        assertThat(running.answered().after()).as("nothing to end").isSameAs(running);
    }

    @Test
    void anAcceptedCallFollowsItsRecordAndWaitsNoMore() {
        RequestRow waiting = in(RequestStatus.PROVISIONING, RequestAction.CREATE)
                .backOff(RequestLifecycle.UNREACHABLE, LATER).after();

        RequestRow following = waiting.accepted("rec-1", LATER).after();

        assertThat(following.attempt().recordId()).isEqualTo("rec-1");
        assertThat(following.attempt().throttled()).isZero();
        assertThat(following.statusReason()).isNull();
        assertThat(following.timing().updatedAt()).isEqualTo(LATER);
        assertThat(following.status()).isEqualTo(RequestStatus.PROVISIONING);
        assertRefused(() -> following.accepted("rec-2", LATER), RequestStatus.PROVISIONING);
        assertRefused(() -> in(RequestStatus.APPROVED, RequestAction.CREATE).accepted("rec-1", LATER),
                RequestStatus.APPROVED);
    }

    @Test
    void aProvisionedCreateIsAResourceSinceNowAndRaisesProductProvisioned() {
        RequestRow following = running(RequestAction.CREATE).then(r -> r.identified("pp-1")).after();

        Transition t = following.provisioned(LATER);

        assertMoved(t, RequestStatus.PROVISIONED, null);
        assertThat(t.after().timing().provisionedAt()).isEqualTo(LATER);
        assertThat(t.after().attempt().provisionedProductId()).isEqualTo("pp-1");
        assertThat(t.events()).singleElement().isInstanceOfSatisfying(ProductProvisioned.class, e -> {
            assertThat(e.recordId()).isEqualTo("rec-1");
            assertThat(e.provisionedName()).isEqualTo("bucket-1");
        });
    }

    @Test
    void aProvisionedUpdateRaisesTheChangeOfItsResource() {
        RequestRow update = running(RequestAction.UPDATE).after();

        Transition t = update.provisioned(LATER);

        assertMoved(t, RequestStatus.PROVISIONED, null);
        assertThat(t.after().timing().provisionedAt()).isNull();
        assertThat(t.events()).singleElement().isInstanceOfSatisfying(ProvisionedProductChanged.class, e -> {
            assertThat(e.action()).isEqualTo(RequestAction.UPDATE);
            assertThat(e.resourceId()).isEqualTo(update.resourceId());
            assertThat(e.requestId()).isEqualTo(update.id());
        });
        assertRefused(() -> in(RequestStatus.APPROVED, RequestAction.CREATE).provisioned(LATER),
                RequestStatus.APPROVED);
        assertRefused(() -> in(RequestStatus.TERMINATING, RequestAction.TERMINATE).provisioned(LATER),
                RequestStatus.TERMINATING);
    }

    @Test
    void aTerminationEndsTerminatedWithItsResource() {
        Transition request = in(RequestStatus.TERMINATING, RequestAction.TERMINATE).terminated(LATER);
        assertMoved(request, RequestStatus.TERMINATED, null);
        assertThat(request.events()).singleElement().isInstanceOfSatisfying(ProvisionedProductChanged.class,
                e -> assertThat(e.action()).isEqualTo(RequestAction.TERMINATE));

        RequestRow resource = in(RequestStatus.PROVISIONED, RequestAction.CREATE);
        RequestRow terminating = resource.beingTerminated(LATER).after();
        assertThat(terminating.status()).isEqualTo(RequestStatus.TERMINATING);
        Transition gone = terminating.terminated(LATER);
        assertMoved(gone, RequestStatus.TERMINATED, null);
        assertThat(gone.events()).as("the TERMINATE request raises it").isEmpty();
        assertRefused(() -> in(RequestStatus.PROVISIONING, RequestAction.UPDATE).terminated(LATER),
                RequestStatus.PROVISIONING);
    }

    @Test
    void aResourceWhoseTerminationFailedIsProvisionedAgainAndSaysWhy() {
        RequestRow terminating = in(RequestStatus.TERMINATING, RequestAction.CREATE);

        assertMoved(terminating.terminationFailed("DeleteBucket: not empty", LATER), RequestStatus.PROVISIONED,
                "Termination failed: DeleteBucket: not empty");
        assertRefused(() -> in(RequestStatus.PROVISIONED, RequestAction.CREATE).terminationFailed("x", LATER),
                RequestStatus.PROVISIONED);
        assertRefused(() -> in(RequestStatus.PROVISIONED, RequestAction.UPDATE).beingTerminated(LATER),
                RequestStatus.PROVISIONED);
        assertRefused(() -> in(RequestStatus.TERMINATED, RequestAction.CREATE).beingTerminated(LATER),
                RequestStatus.TERMINATED);
    }

    @ParameterizedTest
    @EnumSource(value = RequestStatus.class, names = {"PROVISIONING", "TERMINATING"})
    void aRunningRequestFailsWithItsRecord(RequestStatus from) {
        RequestRow row = in(from, RequestAction.TERMINATE).accepted("rec-9", CREATED).after();

        Transition t = row.fail("AccessDenied", LATER);

        assertMoved(t, RequestStatus.FAILED, "AccessDenied");
        assertThat(t.events()).singleElement().isInstanceOfSatisfying(ProvisioningFailed.class, e -> {
            assertThat(e.recordId()).isEqualTo("rec-9");
            assertThat(e.reason()).isEqualTo("AccessDenied");
        });
    }

    @ParameterizedTest
    @EnumSource(value = RequestStatus.class, names = {"PROVISIONING", "TERMINATING"}, mode = EnumSource.Mode.EXCLUDE)
    void onlyARunningRequestFailsOrHearsFromTheProvisioner(RequestStatus from) {
        RequestRow row = in(from, RequestAction.CREATE);

        assertRefused(() -> row.fail("x", LATER), from);
        assertRefused(() -> row.backOff(RequestLifecycle.THROTTLED, LATER), from);
        assertRefused(row::answered, from);
        assertRefused(() -> row.identified("pp-1"), from);
    }

    @Test
    void aRetryIsANewAttemptWithANewTokenFromScratch() {
        RequestRow failed = running(RequestAction.CREATE).then(r -> r.identified("pp-1"))
                .then(r -> r.fail("boom", CREATED)).after();

        Transition t = failed.retry("token-2", BY_ALICE, LATER);

        assertMoved(t, RequestStatus.PROVISIONING, null);
        assertThat(t.after().attempt()).isEqualTo(new Attempt(2, "token-2", null, 0, null, null));
        assertThat(t.events()).singleElement().isInstanceOfSatisfying(ProvisioningRetried.class,
                e -> assertThat(e.attempt()).isEqualTo(2));
    }

    @ParameterizedTest
    @EnumSource(value = RequestStatus.class, names = "FAILED", mode = EnumSource.Mode.EXCLUDE)
    void onlyAFailedRequestIsRetried(RequestStatus from) {
        assertThatThrownBy(() -> in(from, RequestAction.CREATE).retry("t", BY_ALICE, LATER))
                .isInstanceOf(RequestStateException.class)
                .hasMessage("Only a failed request can be retried; this one is " + from);
    }

    @Test
    void movesInARowKeepTheFirstRequestAndEveryEvent() {
        RequestRow row = created(RequestAction.CREATE);

        Transition all = row.submittedTo(UUID.randomUUID(), BY_ALICE).then(r -> r.approve(LATER))
                .then(r -> r.startProvisioning(LATER)).then(r -> r.accepted("rec-1", LATER))
                .then(r -> r.provisioned(LATER));

        assertThat(all.before()).isSameAs(row);
        assertThat(all.after().status()).isEqualTo(RequestStatus.PROVISIONED);
        assertThat(all.events()).hasExactlyElementsOfTypes(ProductRequestSubmitted.class, ProductProvisioned.class);
    }

    private static RequestRow created(RequestAction action) {
        return RequestRow.pending(UUID.randomUUID(), action, action == RequestAction.CREATE ? null
                        : UUID.randomUUID(), ALICE, new RequestedProduct("prod-s3", "S3 bucket", "v-1", "1.0"),
                new Target("dev", "111122223333"), new Purpose("logs", null), Money.of("3.20", "USD"), "bucket-1",
                CREATED).withSubjectHash("hash-1");
    }

    /** A request in {@code status}, however it got there. */
    private static RequestRow in(RequestStatus status, RequestAction action) {
        RequestRow r = created(action);
        return new RequestRow(r.id(), r.action(), r.resourceId(), r.requester(), r.requesterKey(), r.product(),
                r.target(), r.purpose(), r.estimate(), r.approval(), r.provisionedName(), status, null, r.attempt(),
                r.health(), r.timing());
    }

    /** Approved, started and following record rec-1. */
    private static Transition running(RequestAction action) {
        return in(RequestStatus.APPROVED, action).startProvisioning(CREATED).then(r -> r.accepted("rec-1", CREATED));
    }

    private static void assertMoved(Transition t, RequestStatus to, String reason) {
        assertThat(t.after().status()).isEqualTo(to);
        assertThat(t.after().statusReason()).isEqualTo(reason);
        assertThat(t.after().timing().updatedAt()).isEqualTo(LATER);
        assertThat(t.after().id()).isEqualTo(t.before().id());
    }

    private static void assertRefused(Runnable move, RequestStatus status) {
        assertThatThrownBy(move::run).isInstanceOfSatisfying(RequestStateException.class,
                e -> assertThat(e.status()).isEqualTo(status));
    }
}
