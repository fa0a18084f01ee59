package dev.skyway.portal.accounts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.UserKey;

/**
 * An account request as stored: to create an account ({@link Kind#CREATE}, the creation facts set) or to close one
 * ({@link Kind#CLOSE}, {@code targetAccountId} set; no email, SSO user or budget). Its status changes only through
 * {@link #lifecycle()}.
 *
 * @param accountName     the new account's name, or the name of the account to close
 * @param accountEmail    the new account's root email; absent for closing requests
 * @param ssoUser         who gets access to the new account; absent for closing requests
 * @param monthlyBudget   USD; absent for closing requests
 * @param targetAccountId the account to close; absent for creation requests
 * @param baselines       the requested baselines and how their deployment stands, in order
 */
public record AccountRequest(UUID id, Kind kind, Requester requester, String accountName,
                             @Nullable String accountEmail, Placement placement, @Nullable SsoUser ssoUser,
                             Ownership ownership, @Nullable BigDecimal monthlyBudget, String justification,
                             @Nullable String targetAccountId, Approval approval, Progress progress,
                             Vending vending, Timing timing, Map<String, String> tags,
                             List<BaselineDeployment> baselines) {

    public enum Kind { CREATE, CLOSE }

    /** The subject type account requests are approved as ({@code dev.skyway.portal.approvals}). */
    public static final String SUBJECT_TYPE = "account-request";

    public AccountRequest {
        Objects.requireNonNull(progress, "progress");
        tags = tags == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        baselines = baselines == null ? List.of() : List.copyOf(baselines);
    }

    /** Where the request stands (its {@link Progress#status()}). */
    public AccountRequestStatus status() {
        return progress.status();
    }

    /** The moves this request can make from where it stands: the only way its status changes. */
    public AccountRequestLifecycle lifecycle() {
        return new AccountRequestLifecycle(this);
    }

    /** This request with where it stands, what was sent to AWS and when things happened replaced. */
    AccountRequest with(Progress progress, Vending vending, Timing timing) {
        return new AccountRequest(id, kind, requester, accountName, accountEmail, placement, ssoUser, ownership,
                monthlyBudget, justification, targetAccountId, approval, progress, vending, timing, tags, baselines);
    }

    /** One line for lists, inboxes and notifications. */
    public String title() {
        if (kind == Kind.CLOSE) {
            return accountName == null ? "Close account " + targetAccountId
                    : "Close account " + accountName + " (" + targetAccountId + ")";
        }
        return "New " + ownership.environment() + " account " + accountName + " in " + placement.path();
    }

    /** Who asked. Compare {@link #key()}, never {@code username} (a name two IdPs or a rename can share). */
    public record Requester(String username, String name, @Nullable String email, String issuer, String subject,
                            @Nullable String team) {

        public static Requester of(PortalUser user) {
            return new Requester(user.username(), user.name(), user.email(), user.issuer(), user.subject(),
                    user.team());
        }

        public UserKey key() {
            return new UserKey(issuer, subject);
        }
    }

    /**
     * The organizational unit the new account goes to (or the account to close sits in).
     *
     * @param name absent for closing requests
     */
    public record Placement(String id, @Nullable String name, String path) {
    }

    /** The IAM Identity Center user the new account is opened for. */
    public record SsoUser(String firstName, String lastName, String email) {

        /** "First Last &lt;email&gt;". */
        public String display() {
            return firstName + " " + lastName + " <" + email + ">";
        }
    }

    /**
     * Who owns the account and how it is billed and classified: the account's {@code owner-team},
     * {@code cost-center} and {@code environment} tags.
     *
     * @param environment {@code dev}, {@code staging} or {@code prod}; may be absent for a closing request
     */
    public record Ownership(String team, String costCenter, @Nullable String environment) {
    }

    /**
     * The approval engine's handle on the request.
     *
     * @param subjectHash the version of the request the approvers decide on
     * @param processId   its approval process; absent until submitted
     */
    public record Approval(String subjectHash, @Nullable UUID processId) {
    }

    /**
     * Where the request stands.
     *
     * @param reason      why it is REJECTED, CHANGES_REQUESTED, FAILED, CANCELLED or NEEDS_OPERATOR, in plain
     *                    words; absent otherwise
     * @param failureCode the vendor's reason code when FAILED (e.g. {@code EMAIL_ALREADY_EXISTS})
     * @param queueRank   orders queued requests (smaller first); absent when not queued
     */
    public record Progress(AccountRequestStatus status, @Nullable String reason, @Nullable String failureCode,
                           @Nullable Long queueRank) {

        public Progress {
            Objects.requireNonNull(status, "status");
        }

        /** A request just submitted. */
        public static Progress pending() {
            return new Progress(AccountRequestStatus.PENDING_APPROVAL, null, null, null);
        }
    }

    /**
     * The vendor's side: what was sent to AWS and what it answered ("record before call").
     *
     * @param idempotencyKey the token the vendor's start call carries (the same on every retry)
     * @param vendor         who was asked ({@code organizations}, {@code sandbox}, {@code closer} …); absent before
     * @param startSentAt    when the start call was recorded as about to be sent; absent before (or after AWS asked
     *                       to retry later)
     * @param operationId    the vendor's operation id once known
     * @param accountId      the new account's id once known
     */
    public record Vending(String idempotencyKey, @Nullable String vendor, @Nullable Instant startSentAt,
                          @Nullable String operationId, @Nullable String accountId) {

        /** Nothing sent yet. */
        public static Vending notStarted(String idempotencyKey) {
            return new Vending(idempotencyKey, null, null, null, null);
        }
    }

    /**
     * When things happened.
     *
     * @param queuedAt   when it last joined the queue; absent before
     * @param startedAt  when vending (or closing) first started; absent before
     * @param finishedAt when it reached an end (or needed an operator); absent before
     */
    public record Timing(Instant createdAt, Instant updatedAt, @Nullable Instant queuedAt,
                         @Nullable Instant startedAt, @Nullable Instant finishedAt) {

        public static Timing createdAt(Instant now) {
            return new Timing(now, now, null, null, null);
        }

        Timing updated(Instant now) {
            return new Timing(createdAt, now, queuedAt, startedAt, finishedAt);
        }

        Timing finished(Instant now) {
            return new Timing(createdAt, now, queuedAt, startedAt, now);
        }
    }

    /**
     * A baseline of the request.
     *
     * @param operationId StackSets' operation id, stored before the deploy call
     * @param message     the failure in plain words
     */
    public record BaselineDeployment(String baselineId, String stackSetName, State state,
                                     @Nullable String operationId, @Nullable String message, Instant updatedAt) {

        /** How a baseline's deployment stands (the names are stored and returned by the API). */
        public enum State {
            /** Not started. */
            PENDING,
            /** Its StackSets operation id is stored; the deploy call is about to be sent (or sent again). */
            STARTING,
            RUNNING, SUCCEEDED, FAILED
        }
    }
}
