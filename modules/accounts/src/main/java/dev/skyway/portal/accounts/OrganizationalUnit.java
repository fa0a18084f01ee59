package dev.skyway.portal.accounts;

/**
 * The organization's root or one of its organizational units.
 *
 * @param id       {@code r-...} for the root, {@code ou-...} otherwise; never null
 * @param name     {@code Root} for the root; never null
 * @param parentId null for the root
 * @param path     names from below the root, e.g. {@code Workloads/Prod}; {@code Root} for the root
 * @param depth    0 for the root
 */
public record OrganizationalUnit(String id, String name, String parentId, String path, int depth) {

    public boolean isRoot() {
        return parentId == null;
    }
}
