package dev.skyway.portal.approvals;

import org.jspecify.annotations.Nullable;

/**
 * Why a stage is held by something outside the approval policy (e.g. a change freeze while an incident is open), and
 * who holds it: only that holder releases it.
 *
 * @param kind      what holds it, e.g. {@code incident}
 * @param reference the holder's id within its kind, e.g. the incident's id
 * @param reason    one line for approvers and requesters, e.g. {@code Change freeze: INC-42 (SEV1) is open on 1234…}
 * @param link      the portal path that tells more (relative: no leading slash), e.g. {@code incidents/<id>}
 * @throws IllegalArgumentException when a text is blank or too long for the stage's columns
 */
public record StageHold(String kind, String reference, String reason, @Nullable String link) {

    /** The kind the incidents module holds stages as (its reference is the incident's id). */
    public static final String INCIDENT = "incident";

    public static final int MAX_KIND = 32;
    public static final int MAX_REFERENCE = 255;
    public static final int MAX_REASON = 2000;
    public static final int MAX_LINK = 1024;

    public StageHold {
        kind = required(kind, "kind", MAX_KIND);
        reference = required(reference, "reference", MAX_REFERENCE);
        reason = required(reason, "reason", MAX_REASON);
        link = link == null || link.isBlank() ? null : required(link, "link", MAX_LINK);
    }

    /** True when {@code other} is held by the same holder (whatever the reason says). */
    public boolean sameHolder(@Nullable StageHold other) {
        return other != null && kind.equals(other.kind) && reference.equals(other.reference);
    }

    /** The holding incident's id when an incident holds the stage; absent for any other holder. */
    public @Nullable String incidentId() {
        return INCIDENT.equals(kind) ? reference : null;
    }

    private static String required(@Nullable String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": must not be blank");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException(field + ": at most " + max + " characters");
        }
        return stripped;
    }
}
