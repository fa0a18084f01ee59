package dev.skyway.portal.approvals;

import java.time.Instant;
import java.util.UUID;

/** An approver ({@code delegator}) lets {@code delegate} decide for them from {@code startsAt} to {@code endsAt}. */
public record Delegation(UUID id, String delegator, String delegatorName, String delegate, Instant startsAt,
                         Instant endsAt, Instant cancelledAt) {

    public boolean activeAt(Instant time) {
        return cancelledAt == null && !time.isBefore(startsAt) && time.isBefore(endsAt);
    }
}
