package dev.skyway.portal.compliance;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A finding whose outcome changed in a period.
 *
 * @param before its status when the period began; absent when it did not exist, {@code RESOLVED} when it was gone
 * @param after  its status now; {@code RESOLVED} when it is gone (fixed by removing the resource)
 * @param at     its last change in the period
 */
public record FindingChange(UUID findingId, String accountId, String controlId, String title, Severity severity,
                            String resourceId, String region, String source, @Nullable String before, String after,
                            Instant at) {
}
