package dev.skyway.portal.platform.changes;

import java.time.Instant;
import java.util.List;

/**
 * A module that changes AWS accounts tells what it changed. Implemented as a Spring bean by each such module (over
 * its own records, never another module's); read only through {@link AccountChanges}. An implementation checks no
 * roles: the module that shows the changes decides who may see them.
 */
public interface AccountChangeSource {

    /**
     * @return the changes this module made on {@code accountId} with {@link AccountChange#at()} in [from, to), in
     *         any order; empty when there are none
     */
    List<AccountChange> changes(String accountId, Instant from, Instant to);
}
