package dev.skyway.portal.cost.internal.aws;

import org.jspecify.annotations.Nullable;

/** Where Cost Anomaly Detection saw an anomaly's spend: each part is absent when it did not narrow it down. */
public record CeRootCause(@Nullable String service, @Nullable String region, @Nullable String linkedAccount,
                          @Nullable String usageType) {
}
