package dev.skyway.portal.accounts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.skyway.portal.platform.identity.UserKey;

/**
 * An account request as stored: to create an account ({@link Kind#CREATE}, the creation fields set) or to close one
 * ({@link Kind#CLOSE}, {@code targetAccountId} set, the creation fields null).
 *
 * @param monthlyBudget   USD; null for closing requests
 * @param statusReason    why it is REJECTED, CHANGES_REQUESTED, FAILED or CANCELLED, in plain words; else null
 * @param subjectHash     the version of the request the approvers decide on
 * @param failureCode     the vendor's reason code when FAILED (e.g. {@code EMAIL_ALREADY_EXISTS}); may be null
 * @param queueRank       orders queued requests (smaller first); null when not queued
 * @param startSentAt     when the vendor's start call was recorded as about to be sent; null before
 * @param operationId     the vendor's operation id once known
 * @param accountId       the new (or closed) account's id once known
 * @param baselines       the requested baselines and how their deployment stands, in order
 */
public record AccountRequest(UUID id, Kind kind, String accountName, String accountEmail, String organizationalUnitId,
                             String organizationalUnitName, String organizationalUnitPath, String ssoUserFirstName,
                             String ssoUserLastName, String ssoUserEmail, String ownerTeam, String costCenter,
                             String environment, BigDecimal monthlyBudget, String justification,
                             String targetAccountId, String requester, String requesterName, String requesterEmail,
                             String requesterIssuer, String requesterSubject, String requesterTeam, AccountRequestStatus status, String statusReason,
                             String failureCode, String subjectHash, UUID processId, Long queueRank, Instant queuedAt,
                             String idempotencyKey, String vendor, Instant startSentAt, String operationId,
                             Instant startedAt, String accountId, Instant finishedAt, Instant createdAt,
                             Instant updatedAt, Map<String, String> tags, List<BaselineDeployment> baselines) {

    public enum Kind { CREATE, CLOSE }

    public AccountRequest {
        tags = tags == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tags));
        baselines = baselines == null ? List.of() : List.copyOf(baselines);
    }

    /** Who asked: compare this, never {@code requester} (a username two IdPs or a rename can share). */
    public UserKey requesterKey() {
        return new UserKey(requesterIssuer, requesterSubject);
    }

    /** One line for lists, inboxes and notifications. */
    public String title() {
        if (kind == Kind.CLOSE) {
            return accountName == null ? "Close account " + targetAccountId
                    : "Close account " + accountName + " (" + targetAccountId + ")";
        }
        return "New " + environment + " account " + accountName + " in " + organizationalUnitPath;
    }

    /**
     * A baseline of the request.
     *
     * @param state       PENDING (not started), RUNNING, SUCCEEDED, FAILED
     * @param operationId StackSets' operation id, stored before the deploy call; may be null
     * @param message     the failure in plain words; may be null
     */
    public record BaselineDeployment(String baselineId, String stackSetName, String state, String operationId,
                                     String message, Instant updatedAt) {
    }
}
