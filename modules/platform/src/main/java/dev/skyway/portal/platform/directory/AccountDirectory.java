package dev.skyway.portal.platform.directory;

import java.util.Optional;

/**
 * What the organization's account inventory says about an AWS account. Implemented by the module that keeps the
 * inventory (accounts); a module that needs it depends only on this port, so it never depends on accounts. When no
 * implementation is deployed, callers decide what an unknown account means for them.
 */
public interface AccountDirectory {

    /** @return the account as the inventory last saw it; empty when the inventory does not know it */
    Optional<TargetAccount> find(String accountId);
}
