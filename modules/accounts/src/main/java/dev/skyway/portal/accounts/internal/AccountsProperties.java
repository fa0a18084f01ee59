package dev.skyway.portal.accounts.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code portal.accounts.*}. Null arguments take the documented defaults.
 *
 * @param scheduledSync    sync on a schedule; default true
 * @param syncInterval     pause between the end of one scheduled sync and the next; default 1h
 * @param syncInitialDelay first scheduled sync after start; default 15s
 */
@Validated
@ConfigurationProperties("portal.accounts")
public record AccountsProperties(Boolean scheduledSync, Duration syncInterval, Duration syncInitialDelay) {

    public AccountsProperties {
        scheduledSync = scheduledSync == null || scheduledSync;
        syncInterval = syncInterval == null ? Duration.ofHours(1) : syncInterval;
        syncInitialDelay = syncInitialDelay == null ? Duration.ofSeconds(15) : syncInitialDelay;
    }
}
