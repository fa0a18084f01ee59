package dev.skyway.portal.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.accounts.internal.requests.AccountRequestStore;
import dev.skyway.portal.accounts.internal.requests.VendingProperties;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;

/**
 * The vending queue: approved account requests wait here, in order, until fewer than {@link #maxInFlight()}
 * account operations run. Requesters see their position and an estimate; platform admins see the whole queue and
 * reorder it (cancelling is {@link AccountRequests#cancel}).
 */
@Service
public class VendingQueue {

    private final AccountRequestStore store;
    private final AccountRequests requests;
    private final VendingProperties properties;
    private final CurrentUser currentUser;
    private final Clock clock;

    VendingQueue(AccountRequestStore store, AccountRequests requests, VendingProperties properties,
                 CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.requests = requests;
        this.properties = properties;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The queue, next first, with positions and estimates; platform admins only. */
    @Transactional(readOnly = true)
    public List<QueuedRequest> queue() {
        admin();
        List<AccountRequest> queue = store.queue();
        List<QueuedRequest> out = new ArrayList<>();
        for (int i = 0; i < queue.size(); i++) {
            out.add(new QueuedRequest(queue.get(i), i + 1, estimate(i + 1)));
        }
        return out;
    }

    /**
     * The request's place in the queue (1 = next); empty when it is not queued. For whoever may read the request
     * ({@link AccountRequests#get}).
     */
    @Transactional(readOnly = true)
    public Optional<QueuedRequest> position(UUID id) {
        AccountRequest row = requests.get(id);
        if (row.status() != AccountRequestStatus.QUEUED) {
            return Optional.empty();
        }
        int index = indexOf(store.queue(), id);
        return index < 0 ? Optional.empty() : Optional.of(new QueuedRequest(row, index + 1, estimate(index + 1)));
    }

    /** Position times the typical duration, shared by the operations allowed in flight. */
    public Duration estimate(int position) {
        return properties.typicalDuration().multipliedBy(position)
                .dividedBy(Math.max(1, Math.min(position, properties.maxInFlight())));
    }

    /** How many account operations may run at once. */
    public int maxInFlight() {
        return properties.maxInFlight();
    }

    /**
     * Moves a queued request; platform admins only.
     *
     * @throws IllegalStateException when the request is not queued
     */
    @Transactional
    public void move(UUID id, QueueMove move) {
        PortalUser user = admin();
        AccountRequest row = store.lock(id).orElseThrow(() -> new AccessDeniedException("No such request for you"));
        List<AccountRequest> queue = store.queue();
        int index = indexOf(queue, id);
        AccountRequestTransition moved = row.lifecycle().moveInQueue(move, index + 1, user, clock.instant());
        switch (move) {
            case TOP -> {
                if (index > 0) {
                    store.setRank(id, queue.getFirst().progress().queueRank() - 1);
                }
            }
            case UP -> {
                if (index > 0) {
                    swap(row, queue.get(index - 1));
                }
            }
            case DOWN -> {
                if (index < queue.size() - 1) {
                    swap(row, queue.get(index + 1));
                }
            }
        }
        store.save(moved);
    }

    private void swap(AccountRequest a, AccountRequest b) {
        store.setRank(a.id(), b.progress().queueRank());
        store.setRank(b.id(), a.progress().queueRank());
    }

    private PortalUser admin() {
        PortalUser user = currentUser.get();
        if (!user.hasRole(Role.PLATFORM_ADMIN)) {
            throw new AccessDeniedException("Only platform admins manage the vending queue");
        }
        return user;
    }

    private static int indexOf(List<AccountRequest> queue, UUID id) {
        for (int i = 0; i < queue.size(); i++) {
            if (queue.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
