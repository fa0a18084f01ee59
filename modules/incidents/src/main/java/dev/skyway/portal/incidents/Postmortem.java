package dev.skyway.portal.incidents;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the team learned from an incident: the template's sections (Markdown text each) and the action items.
 *
 * @param status   DRAFT while being written, PUBLISHED once completed (which closes the incident)
 * @param author   who started it; null for a template nobody saved yet
 * @param version  0 for the unsaved template, raised by every save (optimistic locking)
 */
public record Postmortem(UUID incidentId, Status status, @Nullable String summary, @Nullable String impact,
                         @Nullable String timeline, @Nullable String rootCauses, @Nullable String wentWell,
                         @Nullable String wentBadly, @Nullable String author, @Nullable Instant updatedAt,
                         @Nullable Instant publishedAt, int version, List<ActionItem> actionItems) {

    /** DRAFT until completed. */
    public enum Status { DRAFT, PUBLISHED }

    public Postmortem {
        actionItems = List.copyOf(actionItems);
    }

    public boolean saved() {
        return version > 0;
    }
}
