package dev.skyway.portal.compliance.internal.waivers;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Waiver and attestation settings ({@code portal.compliance.waivers.*}); a missing setting takes its default.
 *
 * @param maxDays             how far ahead a waiver may expire, in days; default and upper bound
 *                            {@value #LIMIT_DAYS} (a policy may only lower it)
 * @param attestationMaxDays  how long an attestation may be valid, in days; default and upper bound
 *                            {@value #LIMIT_DAYS}
 * @param noticeDays          how many days before expiry the notice goes out; default 7
 * @param expiryCheckInterval how often the expiry job runs (also {@code expiry-check=false} turns it off);
 *                            default one hour
 */
@ConfigurationProperties("portal.compliance.waivers")
public record WaiverProperties(@Nullable Integer maxDays, @Nullable Integer attestationMaxDays,
                               @Nullable Integer noticeDays, @Nullable Duration expiryCheckInterval) {

    public static final int LIMIT_DAYS = 365;

    public WaiverProperties {
        maxDays = bounded(maxDays, "max-days");
        attestationMaxDays = bounded(attestationMaxDays, "attestation-max-days");
        noticeDays = noticeDays == null ? 7 : noticeDays;
        if (noticeDays < 0) {
            throw new IllegalArgumentException("portal.compliance.waivers.notice-days must not be negative");
        }
        expiryCheckInterval = expiryCheckInterval == null ? Duration.ofHours(1) : expiryCheckInterval;
    }

    private static int bounded(@Nullable Integer days, String name) {
        if (days == null) {
            return LIMIT_DAYS;
        }
        if (days < 1 || days > LIMIT_DAYS) {
            throw new IllegalArgumentException("portal.compliance.waivers." + name + " must be from 1 to "
                    + LIMIT_DAYS + " (a policy may lower the limit, never raise it)");
        }
        return days;
    }
}
