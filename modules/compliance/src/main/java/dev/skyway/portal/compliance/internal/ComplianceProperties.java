package dev.skyway.portal.compliance.internal;

import java.nio.file.Path;

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
 */
@Validated
@ConfigurationProperties("portal.compliance")
public record ComplianceProperties(@Nullable Path dataDir, @Nullable Boolean builtinFrameworks) {

    public ComplianceProperties {
        dataDir = dataDir == null ? Path.of("data", "compliance") : dataDir;
        builtinFrameworks = builtinFrameworks == null || builtinFrameworks;
    }
}
