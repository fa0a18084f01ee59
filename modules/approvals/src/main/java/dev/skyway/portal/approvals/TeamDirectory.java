package dev.skyway.portal.approvals;

import java.util.Set;

/**
 * Who leads a team (the "team lead" approvers of a stage). The engine ships an implementation over configuration
 * ({@code portal.approvals.team-leads.<team>=user1,user2}); the application may provide its own bean (e.g. from the
 * IdP's directory), which then replaces it.
 */
public interface TeamDirectory {

    /**
     * The team's leads as person references: {@code issuer#subject}, or a bare username for a local demo user (a
     * bare name never matches an OIDC login). Empty when the team or its leads are unknown.
     */
    Set<String> leadsOf(String team);
}
