package dev.skyway.portal.accounts.internal.sandbox;

import java.util.List;

import dev.skyway.portal.accounts.internal.OrganizationDirectory;
import dev.skyway.portal.accounts.internal.OrganizationSnapshot;
import dev.skyway.portal.accounts.internal.OrganizationSnapshot.Unit;

/** The organization as the sandbox holds it (seeded on the first read). */
public class SandboxOrganizationDirectory implements OrganizationDirectory {

    public static final String NAME = "sandbox";

    private final SandboxOrganization organization;

    public SandboxOrganizationDirectory(SandboxOrganization organization) {
        this.organization = organization;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public OrganizationSnapshot read() {
        organization.seedIfEmpty();
        List<Unit> all = organization.units();
        Unit root = all.stream().filter(u -> u.parentId() == null).findFirst().orElseThrow();
        return new OrganizationSnapshot(root, all.stream().filter(u -> u.parentId() != null).toList(),
                organization.accounts());
    }
}
