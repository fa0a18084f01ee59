package dev.skyway.portal.incidents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Something a postmortem says must be done so the incident does not happen again.
 *
 * @param owner   who does it: a name or an email address (reminders go to an address)
 * @param dueDate when it should be done; an open item past it is overdue and its owner is reminded daily
 */
public record ActionItem(UUID id, UUID incidentId, String title, Status status, @Nullable String owner,
                         @Nullable LocalDate dueDate, Instant createdAt, @Nullable Instant doneAt) {

    public enum Status { OPEN, DONE, CANCELLED }

    public boolean overdueOn(LocalDate today) {
        return status == Status.OPEN && dueDate != null && dueDate.isBefore(today);
    }
}
