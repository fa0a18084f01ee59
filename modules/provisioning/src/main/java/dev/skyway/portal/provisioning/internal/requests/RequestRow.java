package dev.skyway.portal.provisioning.internal.requests;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.skyway.portal.platform.identity.UserKey;
import dev.skyway.portal.provisioning.RequestStatus;

/** One stored product request (parameters and outputs load separately). */
public record RequestRow(UUID id, String productId, String productName, String versionId, String versionName,
                         String environment, String accountId, String justification, String costCenter,
                         String requester, String requesterName, String requesterIssuer, String requesterSubject,
                         String team, RequestStatus status, String statusReason, BigDecimal costAmount,
                         String costCurrency, String subjectHash, UUID processId, String provisionToken,
                         String provisionedName, String recordId, Instant createdAt, Instant updatedAt) {

    /**
     * One parameter value as stored.
     *
     * @param value  the value in clear; null for NoEcho parameters
     * @param sealed the encrypted value of a NoEcho parameter; null otherwise, and after provisioning
     */
    public record Parameter(String key, String value, boolean noEcho, String sealed) {
    }

    public record Output(String key, String value) {
    }

    /** Who asked: compare this, never the username (a display name two IdPs or a rename can share). */
    public UserKey requesterKey() {
        return new UserKey(requesterIssuer, requesterSubject);
    }

    /** The secret's associated data: binds a ciphertext to this request and parameter. */
    public String secretContext(String key) {
        return id + "/" + key;
    }

    static List<Parameter> none() {
        return List.of();
    }
}
