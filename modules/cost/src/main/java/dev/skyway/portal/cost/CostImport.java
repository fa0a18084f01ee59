package dev.skyway.portal.cost;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One import of cost data.
 *
 * @param status         {@code RUNNING}, {@code COMPLETED} or {@code FAILED}
 * @param source         {@code UPLOAD}, {@code S3_EXPORT}, {@code SANDBOX}, {@code COST_EXPLORER} or {@code ATHENA}
 * @param format         {@code CSV}, {@code CSV_GZIP}, {@code PARQUET} (or {@code API} for pulls)
 * @param rows           line items read (known once completed)
 * @param focusVersion   the FOCUS version told by the file's columns
 * @param billingPeriods the billing periods (YYYY-MM) it replaced
 * @param error          why it failed
 */
public record CostImport(UUID id, String status, String source, @Nullable String fileName, String format, long rows,
                         @Nullable String focusVersion, List<String> billingPeriods, @Nullable String error,
                         String requestedBy, Instant startedAt, @Nullable Instant finishedAt) {

    public static final String RUNNING = "RUNNING";
    public static final String COMPLETED = "COMPLETED";
    public static final String FAILED = "FAILED";
}
