package dev.skyway.portal.app.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.identity.Role;

/**
 * The one place where IdP groups become portal roles. Unknown groups give no role (deny by default); a mapping
 * naming an unknown role fails at startup rather than silently granting nothing.
 */
final class GroupRoleMapper {

    private final Map<String, Set<Role>> rolesByGroup;

    GroupRoleMapper(String mapping) {
        Map<String, Set<Role>> parsed = new HashMap<>();
        for (String pair : mapping.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int colon = pair.lastIndexOf(':');
            if (colon <= 0 || colon == pair.length() - 1) {
                throw new IllegalArgumentException("portal.security.oidc.role-mapping: '" + pair.trim()
                        + "' is not of the form group:ROLE");
            }
            String group = pair.substring(0, colon).trim();
            String roleName = pair.substring(colon + 1).trim();
            Role role;
            try {
                role = Role.valueOf(roleName);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("portal.security.oidc.role-mapping: unknown role '" + roleName
                        + "' (known: ENGINEER, APPROVER, FINANCE, SECURITY, PLATFORM_ADMIN)");
            }
            parsed.computeIfAbsent(group, g -> EnumSet.noneOf(Role.class)).add(role);
        }
        this.rolesByGroup = Map.copyOf(parsed);
    }

    Set<Role> rolesOf(Collection<String> groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String group : groups) {
            roles.addAll(rolesByGroup.getOrDefault(group, Set.of()));
        }
        return roles;
    }

    /** A claim that is a list of strings or one comma-separated string, as a set; empty when absent. */
    static Set<String> claimValues(@Nullable Object claim) {
        Set<String> values = new LinkedHashSet<>();
        if (claim instanceof Collection<?> list) {
            list.forEach(v -> values.add(String.valueOf(v)));
        } else if (claim instanceof String s && !s.isBlank()) {
            for (String v : s.split(",")) {
                values.add(v.trim());
            }
        }
        return values;
    }
}
