package dev.skyway.portal.provisioning;

/** Where a request provisions: an environment ({@link ProductRequests#ENVIRONMENTS}) and a 12-digit AWS account. */
public record Target(String environment, String accountId) {
}
