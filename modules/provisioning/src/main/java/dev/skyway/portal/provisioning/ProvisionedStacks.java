package dev.skyway.portal.provisioning;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.provisioning.internal.requests.ProvisionedStackRows;

/**
 * The stacks behind the provisioned products that exist (PROVISIONED or being terminated), for other modules' work
 * on the stacks (drift checks): everyone's for system work, security and platform admins; a single resource's also
 * for its requester and their team.
 */
@Service
public class ProvisionedStacks {

    private final ProvisionedStackRows rows;
    private final CurrentUser currentUser;

    ProvisionedStacks(ProvisionedStackRows rows, CurrentUser currentUser) {
        this.rows = rows;
        this.currentUser = currentUser;
    }

    /**
     * Every existing provisioned product that has a stack ARN output, oldest first.
     *
     * @throws AccessDeniedException for a user other than security or a platform admin (system work is allowed)
     */
    @Transactional(readOnly = true)
    public List<ProvisionedStack> active() {
        PortalUser user = currentUser.getOrSystem();
        if (!user.isSystem() && !user.hasAnyRole(Role.SECURITY, Role.PLATFORM_ADMIN)) {
            throw new AccessDeniedException("Everyone's stacks are for security and platform admins");
        }
        return rows.active(null);
    }

    /**
     * The stack of one existing provisioned product; empty when unknown, terminated or without a stack output.
     *
     * @throws AccessDeniedException when the caller is none of system, security, a platform admin, the requester or
     *                               someone of the requester's team
     */
    @Transactional(readOnly = true)
    public Optional<ProvisionedStack> find(UUID resourceId) {
        PortalUser user = currentUser.getOrSystem();
        Optional<ProvisionedStackRows.Owned> found = rows.active(resourceId).stream().findFirst()
                .flatMap(stack -> rows.owner(resourceId).map(owner -> new ProvisionedStackRows.Owned(stack, owner)));
        if (user.isSystem() || user.hasAnyRole(Role.SECURITY, Role.PLATFORM_ADMIN)) {
            return found.map(ProvisionedStackRows.Owned::stack);
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ProvisionedStack stack = found.get().stack();
        boolean team = stack.team() != null && (stack.team().equals(user.team())
                || user.leadOf().contains(stack.team()));
        if (!user.isSamePerson(found.get().requester()) && !team) {
            throw new AccessDeniedException("Resource " + resourceId + " is neither yours nor your team's");
        }
        return Optional.of(stack);
    }
}
