package dev.skyway.portal.accounts;

import org.jspecify.annotations.Nullable;

/**
 * The organization's root or one of its organizational units.
 *
 * @param id       {@code r-...} for the root, {@code ou-...} otherwise
 * @param name     {@code Root} for the root
 * @param parentId absent for the root
 * @param path     names from below the root, e.g. {@code Workloads/Prod}; {@code Root} for the root
 * @param depth    0 for the root
 */
public record OrganizationalUnit(String id, String name, @Nullable String parentId, String path, int depth) {

    public boolean isRoot() {
        return parentId == null;
    }
}
