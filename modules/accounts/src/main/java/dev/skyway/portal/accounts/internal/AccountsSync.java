package dev.skyway.portal.accounts.internal;

import org.springframework.stereotype.Component;

import dev.skyway.portal.platform.jobs.SyncJob;
import dev.skyway.portal.platform.jobs.SyncRunner;

/**
 * The inventory sync, run by the platform's {@link SyncRunner}: reads the whole organization from the
 * {@link OrganizationDirectory} and replaces the stored inventory (in the runner's transaction, so a failed sync
 * leaves the previous inventory in place).
 */
@Component
public class AccountsSync implements SyncJob<OrganizationSnapshot> {

    /** The sync's name: the key of its status. */
    public static final String NAME = "accounts-inventory";

    private final OrganizationDirectory directory;
    private final InventoryWriter writer;

    AccountsSync(OrganizationDirectory directory, InventoryWriter writer) {
        this.directory = directory;
        this.writer = writer;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String source() {
        return directory.name();
    }

    @Override
    public OrganizationSnapshot fetch() {
        return directory.read();
    }

    @Override
    public SyncOutcome store(OrganizationSnapshot snapshot) {
        int accounts = writer.replace(snapshot);
        return new SyncOutcome(accounts, accounts + " accounts in " + snapshot.units().size()
                + " organizational units");
    }

    @Override
    public SyncFailure explain(RuntimeException e) {
        return e instanceof DirectoryException d ? new SyncFailure(d.getMessage(), d.awsRequestId()) : null;
    }
}
