package dev.skyway.portal.provisioning;

import org.jspecify.annotations.Nullable;

/**
 * Who asked for a request, as they were when they asked.
 *
 * @param username their username then (shown and returned by the API; compare people by their key, never by this)
 * @param name     their display name
 * @param team     their team; absent when they had none
 */
public record Requester(String username, String name, @Nullable String team) {
}
