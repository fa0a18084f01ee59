package dev.skyway.portal.incidents;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Work to be done while an incident runs ("roll back the deploy", "page the database team").
 *
 * @param owner     who does it: a name or an email address; null while nobody took it
 * @param createdBy the creator's user name (the subject of their key)
 */
public record IncidentTask(UUID id, UUID incidentId, String title, boolean done, @Nullable String owner,
                           String createdBy, Instant createdAt, @Nullable Instant doneAt) {
}
