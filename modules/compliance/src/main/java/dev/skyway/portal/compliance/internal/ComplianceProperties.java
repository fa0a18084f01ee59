package dev.skyway.portal.compliance.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The compliance settings ({@code portal.compliance.*}). A missing setting takes its documented default.
 *
 * @param dataDir           where uploaded findings files wait while they are imported; default
 *                          {@code ./data/compliance}
 * @param builtinFrameworks whether the shipped frameworks and control mappings are loaded at startup (those missing
 *                          only); default true
 * @param snapshotInterval  pause between two records of today's scores (the day's last is its snapshot); default
 *                          1 hour
 * @param snapshotInitialDelay the first record after start; default 5 minutes
 */
@Validated
@ConfigurationProperties("portal.compliance")
public record ComplianceProperties(@Nullable Path dataDir, @Nullable Boolean builtinFrameworks,
                                   @Nullable Duration snapshotInterval, @Nullable Duration snapshotInitialDelay) {

    public ComplianceProperties {
        dataDir = dataDir == null ? Path.of("data", "compliance") : dataDir;
        builtinFrameworks = builtinFrameworks == null || builtinFrameworks;
        snapshotInterval = snapshotInterval == null ? Duration.ofHours(1) : snapshotInterval;
        snapshotInitialDelay = snapshotInitialDelay == null ? Duration.ofMinutes(5) : snapshotInitialDelay;
    }
}
