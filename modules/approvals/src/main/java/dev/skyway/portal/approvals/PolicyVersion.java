package dev.skyway.portal.approvals;

import java.time.Instant;

/** A saved approval policy document. {@code note} may be null. */
public record PolicyVersion(int version, String document, Instant createdAt, String createdBy, String note) {
}
