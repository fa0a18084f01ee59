package dev.skyway.portal.platform.changes;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * What the portal changed on accounts in a time window, from every {@link AccountChangeSource} deployed, newest
 * first. With no source deployed there are no changes. A failing source fails the call: an explanation that
 * silently left out a module's changes would mislead.
 */
@Service
public class AccountChanges {

    /** The most changes one call returns. */
    public static final int MAX_LIMIT = 1000;

    /** Newest first; ties in a fixed order, so the same changes always list the same way. */
    static final Comparator<AccountChange> NEWEST_FIRST = Comparator.comparing(AccountChange::at).reversed()
            .thenComparing(AccountChange::accountId).thenComparing(AccountChange::sourceModule)
            .thenComparing(AccountChange::kind).thenComparing(AccountChange::title);

    private final ObjectProvider<AccountChangeSource> sources;

    public AccountChanges(ObjectProvider<AccountChangeSource> sources) {
        this.sources = sources;
    }

    /**
     * @param from  inclusive
     * @param to    exclusive
     * @param limit 1 to {@link #MAX_LIMIT}: the newest this many
     * @return the changes on {@code accountId} in [from, to), newest first
     * @throws IllegalArgumentException when the account id is blank, {@code to} is not after {@code from} or the
     *                                  limit is out of range
     */
    public List<AccountChange> on(String accountId, Instant from, Instant to, int limit) {
        return on(List.of(accountId), from, to, limit);
    }

    /** The changes on any of {@code accountIds} in [from, to), merged, newest first (rules as for one account). */
    public List<AccountChange> on(Collection<String> accountIds, Instant from, Instant to, int limit) {
        Set<String> accounts = new LinkedHashSet<>(accountIds);
        if (accounts.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("account id must not be blank");
        }
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("to must be after from");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        List<AccountChangeSource> all = sources.orderedStream().toList();
        return accounts.stream()
                .flatMap(account -> all.stream().flatMap(source -> source.changes(account, from, to).stream())
                        // a source's slip must not put another account's or another window's change here
                        .filter(c -> c.accountId().equals(account) && !c.at().isBefore(from) && c.at().isBefore(to)))
                .distinct().sorted(NEWEST_FIRST).limit(limit).toList();
    }
}
