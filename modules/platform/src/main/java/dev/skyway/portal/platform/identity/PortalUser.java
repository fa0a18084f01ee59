package dev.skyway.portal.platform.identity;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A person (or the system) acting in the portal. Who the person is: {@link #key()} (issuer and subject); the
 * username is a display name and never decides "is this the same person".
 *
 * @param issuer   who vouches for the identity: the OIDC issuer URI, or {@code local} for demo users
 * @param subject  the stable id the issuer gives the user (OIDC {@code sub})
 * @param username what the user types or sees as handle (e.g. {@code preferred_username})
 * @param name     display name; a missing or blank one falls back to the username
 * @param email    absent when the IdP does not send it
 * @param team     the user's team
 * @param leadOf   teams this user leads (approves for); empty when none
 * @param roles    the portal roles; empty when the user has none
 */
public record PortalUser(String issuer, String subject, String username, String name, @Nullable String email,
                         @Nullable String team, Set<String> leadOf, Set<Role> roles) implements Serializable {

    public static final String LOCAL_ISSUER = "local";
    public static final String SYSTEM_ISSUER = "urn:skyway:system";

    /** The actor of scheduled jobs and system reactions (no roles: it acts through explicit system calls). */
    public static final PortalUser SYSTEM = new PortalUser(SYSTEM_ISSUER, "system", "system", "Skyway (system)",
            null, null, Set.of(), Set.of());

    public PortalUser {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(username, "username");
        name = name == null || name.isBlank() ? username : name;
        leadOf = leadOf == null ? Set.of() : Set.copyOf(leadOf);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** The stable identity of this person: compare keys, never usernames. */
    public UserKey key() {
        return new UserKey(issuer, subject);
    }

    /** True when {@code other} is the same person (same issuer and subject), whatever their usernames. */
    public boolean isSamePerson(UserKey other) {
        return other != null && key().equals(other);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean isSystem() {
        return SYSTEM_ISSUER.equals(issuer);
    }
}
