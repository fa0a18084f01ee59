package dev.skyway.portal.approvals;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.identity.UserKey;

/**
 * An approver ({@code delegatorKey}) lets {@code delegateKey} decide the stages that name the approver personally,
 * from {@code startsAt} to {@code endsAt}. The delegate never gets the approver's roles.
 *
 * @param delegator     the delegator's username, for display
 * @param delegatorName the delegator's display name
 * @param delegate      how the delegator named the delegate (a person reference), for display
 * @param cancelledAt   absent while not cancelled
 */
public record Delegation(UUID id, UserKey delegatorKey, String delegator, String delegatorName, UserKey delegateKey,
                         String delegate, Instant startsAt, Instant endsAt, @Nullable Instant cancelledAt) {

    public boolean activeAt(Instant time) {
        return cancelledAt == null && !time.isBefore(startsAt) && time.isBefore(endsAt);
    }
}
