package dev.skyway.portal.provisioning.internal.network;

/**
 * Where to look: the account a product will be provisioned into and its region.
 *
 * @param accountId 12 digits
 * @param region    e.g. {@code eu-central-1}
 */
public record NetworkTarget(String accountId, String region) {
}
