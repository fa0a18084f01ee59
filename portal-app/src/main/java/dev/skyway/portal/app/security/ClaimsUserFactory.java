package dev.skyway.portal.app.security;

import java.util.Map;
import java.util.Set;

import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;

/** Builds the portal's user from OIDC ID-token or access-token claims, the same way for both. */
final class ClaimsUserFactory {

    private final OidcProperties properties;
    private final GroupRoleMapper mapper;

    ClaimsUserFactory(OidcProperties properties) {
        this.properties = properties;
        this.mapper = new GroupRoleMapper(properties.roleMapping());
    }

    PortalUser fromClaims(String issuer, Map<String, Object> claims) {
        String subject = String.valueOf(claims.get("sub"));
        String username = firstText(claims, "preferred_username", "username", "email", "sub");
        Set<Role> roles = mapper.rolesOf(GroupRoleMapper.claimValues(claims.get(properties.rolesClaim())));
        Object team = claims.get(properties.teamClaim());
        return new PortalUser(issuer, subject, username, firstText(claims, "name", "preferred_username", "sub"),
                claims.get("email") instanceof String email ? email : null,
                team instanceof String t && !t.isBlank() ? t : null,
                GroupRoleMapper.claimValues(claims.get(properties.leadOfClaim())), roles);
    }

    private static String firstText(Map<String, Object> claims, String... names) {
        for (String name : names) {
            if (claims.get(name) instanceof String value && !value.isBlank()) {
                return value;
            }
        }
        return "unknown";
    }
}
