package dev.skyway.portal.provisioning;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the caller may do next with a request, and how provisioning is going beyond its status.
 *
 * @param canEdit          the caller is the requester and an approver asked for changes: "Edit and resubmit" for a
 *                         CREATE or UPDATE, "Resubmit" with a note for a TERMINATE (nothing to edit)
 * @param canRetry         the request FAILED and the caller is its requester or a platform admin ("Retry")
 * @param canWithdraw      the caller is the requester and no decision is final yet ("Withdraw")
 * @param attempt          1 for the first provisioning, +1 per retry
 * @param retryAfter       while AWS throttles: when the portal asks again; absent otherwise
 * @param secretsToReenter NoEcho parameter keys whose encrypted values were wiped (the request was given up): a retry
 *                         needs them again; empty otherwise
 * @param action           CREATE, or UPDATE/TERMINATE of a provisioned product
 * @param resourceId       the provisioned product an UPDATE/TERMINATE changes (the request that provisioned it);
 *                         absent for CREATE
 */
public record RequestProgress(boolean canEdit, boolean canRetry, int attempt, @Nullable Instant retryAfter,
                              List<String> secretsToReenter, RequestAction action, java.util.@Nullable UUID resourceId,
                              boolean canWithdraw) {

    public RequestProgress {
        secretsToReenter = List.copyOf(secretsToReenter);
    }
}
