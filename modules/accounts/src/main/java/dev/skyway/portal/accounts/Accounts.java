package dev.skyway.portal.accounts;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.accounts.internal.AccountsSync;
import dev.skyway.portal.accounts.internal.Inventory;
import dev.skyway.portal.platform.audit.AuditLedger;
import dev.skyway.portal.platform.audit.AuditRecord;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.jobs.SyncRunner;
import dev.skyway.portal.platform.jobs.SyncStatus;

/**
 * The account inventory's facade: search the organization's accounts, read one, the OU tree, and run or watch the
 * sync.
 *
 * <p>Reading is for every portal user with a role (engineers pick target accounts from it, approvers, finance and
 * security look accounts up); syncing on demand is for {@code PLATFORM_ADMIN}. Others get
 * {@link AccessDeniedException} (enforced with method security, so an unauthenticated caller is refused too).
 */
@Service
public class Accounts {

    static final String READERS = "hasAnyRole('ENGINEER', 'APPROVER', 'FINANCE', 'SECURITY', 'PLATFORM_ADMIN')";
    static final String ADMIN = "hasRole('PLATFORM_ADMIN')";
    /** The most accounts one {@link #search} returns. */
    public static final int MAX_LIMIT = 1_000;

    private final Inventory inventory;
    private final AccountsSync sync;
    private final SyncRunner syncs;
    private final CurrentUser currentUser;
    private final AuditLedger audit;

    Accounts(Inventory inventory, AccountsSync sync, SyncRunner syncs, CurrentUser currentUser, AuditLedger audit) {
        this.inventory = inventory;
        this.sync = sync;
        this.syncs = syncs;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Accounts matching every filter of {@code query}, by name; {@code limit} is capped at 1000. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<Account> search(AccountQuery query, int offset, int limit) {
        return inventory.search(query, Math.max(0, offset), Math.clamp(limit, 0, MAX_LIMIT));
    }

    /** How many accounts match {@code query}. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public int count(AccountQuery query) {
        return inventory.count(query);
    }

    /** @throws AccountNotFoundException when the inventory has no account with this id */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Account account(String accountId) {
        return inventory.find(accountId).orElseThrow(() -> new AccountNotFoundException(accountId));
    }

    /** The root first, then every OU by path (a parent before its children); empty before the first sync. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<OrganizationalUnit> organizationalUnits() {
        return inventory.units();
    }

    /** Every owner team in the inventory, sorted (for the team filter). */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<String> teams() {
        return inventory.teams();
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public SyncStatus syncStatus() {
        return syncs.status(AccountsSync.NAME);
    }

    /**
     * Starts a sync in the background, recorded in the audit ledger.
     *
     * @param whenDone called on the background thread when the sync ended
     * @return true when a sync was started, false when one is already running in this process
     */
    @PreAuthorize(ADMIN)
    public boolean requestSync(@Nullable Runnable whenDone) {
        boolean started = syncs.start(sync, whenDone);
        audit.append(AuditRecord.of("accounts.sync-requested", "accounts", "inventory",
                Map.of("started", started, "by", currentUser.get().username())));
        return started;
    }

    /** Runs a sync on the calling thread and returns its outcome (never from a UI thread). */
    @PreAuthorize(ADMIN)
    public SyncStatus syncNow() {
        audit.append(AuditRecord.of("accounts.sync-requested", "accounts", "inventory",
                Map.of("started", true, "by", currentUser.get().username())));
        return syncs.run(sync);
    }

    /** Whether this process runs a sync started by {@link #requestSync}. */
    public boolean syncRunning() {
        return syncs.running(AccountsSync.NAME);
    }
}
