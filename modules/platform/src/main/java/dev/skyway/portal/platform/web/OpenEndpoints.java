package dev.skyway.portal.platform.web;

import java.util.List;

/**
 * Paths a module serves to callers that prove who they are in another way than a portal login: webhooks that carry
 * a secret in their URL or a bearer token of their own, messages with a signature. Declared as a bean; the security
 * configuration lets requests to these paths through without a session, a login or a CSRF token, and the module's
 * own code must authenticate every such request. Keep the patterns narrow: everything under them is open.
 *
 * @param owner        the module that serves and authenticates them, for logs and reviews
 * @param pathPatterns Spring path patterns, e.g. {@code /api/v1/incidents/intake/**}; never empty
 */
public record OpenEndpoints(String owner, List<String> pathPatterns) {

    public OpenEndpoints {
        if (owner == null || owner.isBlank()) {
            throw new IllegalArgumentException("open endpoints need an owner");
        }
        pathPatterns = List.copyOf(pathPatterns);
        if (pathPatterns.isEmpty() || pathPatterns.stream().anyMatch(p -> !p.startsWith("/") || p.equals("/**"))) {
            throw new IllegalArgumentException("open endpoints need patterns that start with / and are narrower "
                    + "than /**");
        }
    }
}
