package dev.skyway.portal.provisioning;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.money.Money;

/**
 * A provisioned product's life as other modules need it for their own work (the cost module's sandbox bill): where it
 * ran, from when until when, what it was estimated to cost and which team asked for it.
 *
 * @param id            the resource's id: the CREATE request that provisioned it, and its {@code skyway:request} tag
 * @param accountId     the account it was provisioned into
 * @param team          the requester's team; absent when they had none
 * @param productName   the catalog product's name when it was requested, e.g. "RDS PostgreSQL"
 * @param name          its provisioned name
 * @param estimate      the monthly cost estimated at request time; absent when the product had no cost model
 * @param provisionedAt when it was provisioned
 * @param terminatedAt  when it was terminated; absent while it exists (being terminated included)
 */
public record ResourceLifetime(UUID id, String accountId, @Nullable String team, String productName, String name,
                               @Nullable Money estimate, Instant provisionedAt, @Nullable Instant terminatedAt) {
}
