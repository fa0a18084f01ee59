package dev.skyway.portal.catalog.internal;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code portal.catalog.*}: the catalog sync. (The provisioning module reads its own settings under the same prefix.)
 * Null arguments take the documented defaults.
 *
 * @param scheduledSync        sync on a schedule; default true
 * @param syncInterval         pause between the end of one scheduled sync and the next; default 1h
 * @param syncInitialDelay     first scheduled sync after start; default 10s
 * @param templateFetchTimeout fetching one template from its (presigned S3) URL; default 20s
 * @param maxTemplateBytes     larger templates are refused; default 1 MiB (CloudFormation's limit for S3)
 */
@Validated
@ConfigurationProperties("portal.catalog")
public record CatalogProperties(Boolean scheduledSync, Duration syncInterval, Duration syncInitialDelay,
                                Duration templateFetchTimeout,
                                @Min(1024) @Max(10_485_760) Integer maxTemplateBytes) {

    public CatalogProperties {
        scheduledSync = scheduledSync == null || scheduledSync;
        syncInterval = syncInterval == null ? Duration.ofHours(1) : syncInterval;
        syncInitialDelay = syncInitialDelay == null ? Duration.ofSeconds(10) : syncInitialDelay;
        templateFetchTimeout = templateFetchTimeout == null ? Duration.ofSeconds(20) : templateFetchTimeout;
        maxTemplateBytes = maxTemplateBytes == null ? 1_048_576 : maxTemplateBytes;
    }

    public static CatalogProperties defaults() {
        return new CatalogProperties(null, null, null, null, null);
    }
}
