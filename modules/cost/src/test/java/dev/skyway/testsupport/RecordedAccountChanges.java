package dev.skyway.testsupport;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.skyway.portal.platform.changes.AccountChange;
import dev.skyway.portal.platform.changes.AccountChangeSource;

/**
 * What the provisioning module would tell (it is not deployed with the cost tests): the changes a test recorded.
 * Tests that record changes forget them afterwards ({@link #forget}), since the Spring context is shared.
 */
public class RecordedAccountChanges implements AccountChangeSource {

    private final List<AccountChange> changes = new CopyOnWriteArrayList<>();

    public void record(AccountChange change) {
        changes.add(change);
    }

    public void forget() {
        changes.clear();
    }

    @Override
    public List<AccountChange> changes(String accountId, Instant from, Instant to) {
        return changes.stream().filter(c -> c.accountId().equals(accountId) && !c.at().isBefore(from)
                && c.at().isBefore(to)).toList();
    }
}
