package dev.skyway.portal.accounts;

import java.time.Duration;

/**
 * A request waiting in the vending queue.
 *
 * @param position         1 for the next to start
 * @param estimatedWait    position times the typical duration of one vending, divided by the operations allowed
 *                         in flight at once (a rough guide, shown as such)
 */
public record QueuedRequest(AccountRequest request, int position, Duration estimatedWait) {
}
