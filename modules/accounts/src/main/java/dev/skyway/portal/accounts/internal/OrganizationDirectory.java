package dev.skyway.portal.accounts.internal;

/**
 * Port: where the organization's structure comes from (AWS Organizations, or the sandbox's simulated organization).
 */
public interface OrganizationDirectory {

    /** {@code aws} or {@code sandbox}, shown in the sync status. */
    String name();

    /**
     * Reads the whole organization: the root, every OU below it, every account with its parent and tags.
     *
     * @throws DirectoryException when the directory cannot be read, in the portal's words
     */
    OrganizationSnapshot read();
}
