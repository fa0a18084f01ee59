package dev.skyway.portal.compliance.internal.drops;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where findings files are dropped ({@code portal.compliance.drops.*}).
 *
 * @param bucket      the S3 bucket Prowler (or another tool) writes its output to; AWS mode only
 * @param prefix      the key prefix under which files are read (e.g. {@code prowler/output/}); default the whole
 *                    bucket
 * @param region      the bucket's Region; default the portal's {@code portal.aws.region}
 * @param directory   a local directory read instead of a bucket; in the sandbox it defaults to
 *                    {@code <portal.compliance.data-dir>/drops}
 * @param interval    how often the drop location is read; default 15 minutes
 * @param initialDelay the first read after start; default 1 minute
 * @param scheduled   false turns the schedule off; default true
 * @param fullScan    whether a dropped file is a whole scan of its accounts (open findings it lacks are resolved);
 *                    default true, as Prowler writes whole scans
 * @param maxFileSize a larger file is recorded as a failed import without being read; default 1 GB
 */
@ConfigurationProperties("portal.compliance.drops")
public record DropProperties(@Nullable String bucket, @Nullable String prefix, @Nullable String region,
                             @Nullable Path directory, @Nullable Duration interval, @Nullable Boolean scheduled,
                             @Nullable Boolean fullScan, @Nullable DataSize maxFileSize,
                             @Nullable Duration initialDelay) {

    public DropProperties {
        bucket = blankToNull(bucket);
        prefix = prefix == null ? "" : prefix.strip();
        region = blankToNull(region);
        interval = interval == null ? Duration.ofMinutes(15) : interval;
        scheduled = scheduled == null || scheduled;
        fullScan = fullScan == null || fullScan;
        maxFileSize = maxFileSize == null ? DataSize.ofGigabytes(1) : maxFileSize;
        initialDelay = initialDelay == null ? Duration.ofMinutes(1) : initialDelay;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
