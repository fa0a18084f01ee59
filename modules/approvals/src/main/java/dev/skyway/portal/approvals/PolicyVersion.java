package dev.skyway.portal.approvals;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A saved approval policy document. */
public record PolicyVersion(int version, String document, Instant createdAt, String createdBy, @Nullable String note) {
}
