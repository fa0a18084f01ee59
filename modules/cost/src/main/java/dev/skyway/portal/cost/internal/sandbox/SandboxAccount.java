package dev.skyway.portal.cost.internal.sandbox;

import org.jspecify.annotations.Nullable;

/**
 * One member account of the sandbox organization, as the generator needs it: the account inventory's owner team, cost
 * center and environment decide which services it runs, how heavily, and how its resources are tagged. An
 * environment of {@code management} marks the management account (Support, the Savings Plan); without one the first
 * account is taken.
 */
public record SandboxAccount(String id, String name, @Nullable String ownerTeam, @Nullable String costCenter,
                             @Nullable String environment) {
}
