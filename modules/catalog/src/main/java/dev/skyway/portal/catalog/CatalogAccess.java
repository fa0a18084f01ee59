package dev.skyway.portal.catalog;

import org.springframework.security.access.AccessDeniedException;

import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;

/**
 * Who may do what in the catalog, one rule for both facades ({@link Catalog}, {@link CostModelAdmin}): reading is
 * for engineers, approvers, platform admins and system work (no authenticated user); syncing and editing cost models
 * is for platform admins.
 */
final class CatalogAccess {

    private final CurrentUser currentUser;

    CatalogAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** @throws AccessDeniedException for anyone but a catalog reader or system work */
    void requireReader() {
        PortalUser user = currentUser.getOrSystem();
        if (!user.isSystem() && !user.hasAnyRole(Role.ENGINEER, Role.APPROVER, Role.PLATFORM_ADMIN)) {
            throw new AccessDeniedException("The catalog is for engineers, approvers and platform admins");
        }
    }

    /** @throws AccessDeniedException for anyone but a platform admin */
    PortalUser requireAdmin() {
        PortalUser user = currentUser.get();
        if (!user.hasRole(Role.PLATFORM_ADMIN)) {
            throw new AccessDeniedException("Only platform admins sync the catalog and edit cost models");
        }
        return user;
    }
}
