package dev.skyway.portal.cost.internal.sandbox;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A product the portal provisioned into one of the organization's accounts, as the generator bills it: its line items
 * carry the request's id in the {@code skyway:request} tag, so the portal finds its actual cost beside the estimate.
 *
 * @param requestId       the request that provisioned it (the portal's resource id)
 * @param team            the requesting team; it decides how its estimates tend to miss
 * @param productName     the catalog product's name: what kind of resource it is billed as (database, bucket, ...)
 * @param name            its provisioned name
 * @param monthlyEstimate the monthly estimate given at request time, in USD
 * @param from            the day it was provisioned (UTC)
 * @param until           the day it was terminated (UTC, inclusive); absent while it runs
 */
public record PortalLaunch(String requestId, String accountId, @Nullable String team, String productName, String name,
                           BigDecimal monthlyEstimate, LocalDate from, @Nullable LocalDate until) {
}
