package dev.skyway.portal.accounts;

import java.time.Instant;

/**
 * One step in an account request's life, for its timeline.
 *
 * @param kind e.g. {@code SUBMITTED}, {@code APPROVED}, {@code QUEUED}, {@code STARTED}, {@code ACCOUNT_CREATED},
 *             {@code BASELINE}, {@code BUDGET}, {@code PROVISIONED}, {@code FAILED}, {@code CANCELLED}
 */
public record TimelineEntry(Instant at, String kind, String message) {
}
