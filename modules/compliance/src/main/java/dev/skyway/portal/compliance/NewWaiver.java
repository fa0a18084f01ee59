package dev.skyway.portal.compliance;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A waiver as requested; every field is checked by the facade and named when wrong.
 *
 * @param resourceId absent: the control on the whole account
 * @param expiresOn  the last day in force: after today, at most the policy's maximum days ahead
 */
public record NewWaiver(@Nullable String accountId, @Nullable String controlId, @Nullable String resourceId,
                        @Nullable String reason, @Nullable String compensatingControl,
                        @Nullable LocalDate expiresOn) {
}
