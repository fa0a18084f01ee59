package dev.skyway.portal.provisioning.internal.network;

/**
 * Where to look: the account a product will be provisioned into and its region.
 *
 * @param accountId 12 digits; never null
 * @param region    e.g. {@code eu-central-1}; never null
 */
public record NetworkTarget(String accountId, String region) {
}
