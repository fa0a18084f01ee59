package dev.skyway.portal.compliance.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.skyway.portal.compliance.InvalidComplianceQueryException;
import dev.skyway.portal.compliance.NewWaiver;
import dev.skyway.portal.compliance.Waiver;

/** The waivers API's JSON: the fields first ({@code resourceId} written even when null). */
record WaiverJson(UUID id, String status, String accountId, String controlId,
                  @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String resourceId, String reason,
                  LocalDate expiresOn, @Nullable String compensatingControl, String controlKey,
                  @Nullable UUID approvalProcessId, String requester, String requesterName, Instant requestedAt,
                  @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String decisionComment,
                  @Nullable Instant expiryWarnedAt, @Nullable Instant endedAt) {

    static WaiverJson of(Waiver w) {
        return new WaiverJson(w.id(), w.status().name(), w.accountId(), w.controlId(), w.resourceId(), w.reason(),
                w.expiresOn(), w.compensatingControl(), w.controlKey(), w.approvalProcessId(), w.requester(),
                w.requesterName(), w.requestedAt(), w.decidedBy(), w.decidedAt(), w.decisionComment(),
                w.expiryWarned(), w.endedAt());
    }

    record Page(int total, List<WaiverJson> items) {
    }

    /** A waiver request's body; {@code expiresOn} is read here so that a bad date is named like any field. */
    record Request(@Nullable String accountId, @Nullable String controlId, @Nullable String resourceId,
                   @Nullable String reason, @Nullable String compensatingControl, @Nullable String expiresOn) {

        NewWaiver toNewWaiver() {
            return new NewWaiver(accountId, controlId, resourceId, reason, compensatingControl,
                    date("expiresOn", expiresOn));
        }
    }

    record Revoke(@Nullable String reason) {
    }

    static @Nullable LocalDate date(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidComplianceQueryException(Map.of(field, "must be a date (YYYY-MM-DD)"),
                    field + " must be a date (YYYY-MM-DD)");
        }
    }
}
