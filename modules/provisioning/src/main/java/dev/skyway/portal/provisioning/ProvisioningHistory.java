package dev.skyway.portal.provisioning;

import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.provisioning.internal.requests.ProvisionedProducts;
import dev.skyway.portal.provisioning.internal.sandbox.SandboxHistory;

/**
 * What the portal provisioned over time, for other modules' system work (a background job with no user, such as
 * the cost module generating the sandbox's bill), and for finance and platform admins: every provisioned product with
 * its account, team, estimate and lifetime, whoever requested it.
 */
@Service
public class ProvisioningHistory {

    private final ProvisionedProducts products;
    private final CurrentUser currentUser;
    private final ObjectProvider<SandboxHistory> sandboxHistory;

    ProvisioningHistory(ProvisionedProducts products, CurrentUser currentUser,
                        ObjectProvider<SandboxHistory> sandboxHistory) {
        this.products = products;
        this.currentUser = currentUser;
        this.sandboxHistory = sandboxHistory;
    }

    /**
     * The products provisioned at or after {@code since} (terminated ones included: they ran), oldest first.
     *
     * @throws AccessDeniedException for a user other than a platform admin or finance (system work is allowed)
     */
    @Transactional(readOnly = true)
    public List<ResourceLifetime> provisionedSince(Instant since) {
        PortalUser user = currentUser.getOrSystem();
        if (!user.isSystem() && !user.hasAnyRole(Role.PLATFORM_ADMIN, Role.FINANCE)) {
            throw new AccessDeniedException("Everyone's provisioned products are for finance and platform admins");
        }
        return products.provisionedSince(since);
    }

    /**
     * Whether the sandbox's made-up history of requests (first start in sandbox mode) is still to be written in this
     * process: whoever reads {@link #provisionedSince} to build on it (the sandbox's generated cost) waits until not.
     * Always false outside sandbox mode or with {@code portal.provisioning.sandbox.history=false}.
     */
    public boolean sandboxHistoryPending() {
        SandboxHistory history = sandboxHistory.getIfAvailable();
        return history != null && history.pending();
    }
}
