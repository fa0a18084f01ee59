package dev.skyway.portal.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An exception for a control on an account, or on one resource of it, approved by security until it expires.
 *
 * @param controlKey   what it covers across tools (the control's equivalent, see the control mapping)
 * @param resourceId   absent: the control on the whole account
 * @param expiresOn    the last day it is in force
 * @param requester    the requester's username
 * @param decidedBy    who approved or rejected it, revoked it, or the system when it expired
 * @param expiryWarned when the notice before expiry went out
 * @param endedAt      when it expired, was revoked or withdrawn
 */
public record Waiver(UUID id, String accountId, String controlId, String controlKey, @Nullable String resourceId,
                     String reason, @Nullable String compensatingControl, LocalDate expiresOn, WaiverStatus status,
                     @Nullable UUID approvalProcessId, String requester, String requesterName, Instant requestedAt,
                     @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String decisionComment,
                     @Nullable Instant expiryWarned, @Nullable Instant endedAt) {

    /** The approval engine's subject type of waivers. */
    public static final String SUBJECT_TYPE = "compliance-waiver";

    /** One line for inboxes and notifications. */
    public String title() {
        return "Waiver of " + controlId + " on " + accountId + (resourceId == null ? "" : " (" + resourceId + ")");
    }
}
