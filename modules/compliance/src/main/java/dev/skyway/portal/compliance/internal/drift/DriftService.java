package dev.skyway.portal.compliance.internal.drift;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import dev.skyway.portal.compliance.InvalidComplianceQueryException;
import dev.skyway.portal.compliance.internal.AccountScopes;
import dev.skyway.portal.compliance.internal.aws.StackArn;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.provisioning.ProvisionedStack;
import dev.skyway.portal.provisioning.ProvisionedStacks;

/**
 * Drift of what the portal provisioned: the stacks with their last check and drifted resources (everyone with a role,
 * for the accounts they see), and checks on demand (security and platform admins any stack; engineers the stacks of
 * their own and their team's provisioned products). A check runs in the background: it is answered at once, still
 * {@code DETECTION_IN_PROGRESS}.
 */
@Service
public class DriftService {

    static final String READERS = "hasAnyRole('ENGINEER', 'APPROVER', 'FINANCE', 'SECURITY', 'PLATFORM_ADMIN')";
    static final String CHECKERS = "hasAnyRole('ENGINEER', 'SECURITY', 'PLATFORM_ADMIN')";
    /** A check older than this still in progress was left by a stopped process. */
    static final Duration STALE = Duration.ofHours(1);

    private final DriftRows rows;
    private final DriftRunner runner;
    private final AccountScopes scopes;
    private final CurrentUser currentUser;
    private final ObjectProvider<ProvisionedStacks> provisioned;
    private final Clock clock;

    DriftService(DriftRows rows, DriftRunner runner, AccountScopes scopes, CurrentUser currentUser,
                 ObjectProvider<ProvisionedStacks> provisioned, Clock clock) {
        this.rows = rows;
        this.runner = runner;
        this.scopes = scopes;
        this.currentUser = currentUser;
        this.provisioned = provisioned;
        this.clock = clock;
    }

    /**
     * The stacks in the accounts the caller sees, drifted first.
     *
     * @throws AccessDeniedException when the filter names an account the caller does not see
     */
    @PreAuthorize(READERS)
    public List<StackDrift> stacks(DriftFilter filter) {
        AccountScopes.Visibility visibility = scopes.visibility();
        Set<String> accounts = visibility.accounts();
        if (filter.accountId() != null) {
            if (!visibility.sees(filter.accountId())) {
                throw new AccessDeniedException("Account " + filter.accountId() + " is not one of the "
                        + visibility.scope() + " that you see");
            }
            accounts = Set.of(filter.accountId());
        }
        Map<String, DriftCheck> running = new LinkedHashMap<>();
        rows.latest(accounts, false, filter.requestId()).forEach(c -> running.put(c.stackArn(), c));
        List<StackDrift> out = new ArrayList<>();
        List<DriftCheck> finished = rows.latest(accounts, true, filter.requestId());
        Map<UUID, List<DriftedResource>> drifted = rows.drifted(finished.stream().map(DriftCheck::id).toList());
        for (DriftCheck last : finished) {
            out.add(new StackDrift(last, running.remove(last.stackArn()), drifted.getOrDefault(last.id(), List.of())));
        }
        running.values().forEach(c -> out.add(new StackDrift(null, c, List.of())));
        return out.stream().filter(s -> filter.status() == null || filter.status().equals(s.status()))
                .sorted(Comparator.comparing((StackDrift s) -> !"DRIFTED".equals(s.status()))
                        .thenComparing(s -> s.stack().accountId())
                        .thenComparing(s -> String.valueOf(s.stack().stackName())))
                .toList();
    }

    /**
     * How many stacks in the accounts the caller sees were drifted at their last finished check ({@link #stacks}'
     * {@code DRIFTED}), without reading their resources.
     */
    @PreAuthorize(READERS)
    public long driftedStacks() {
        return rows.latest(scopes.visibility().accounts(), true, null).stream().filter(DriftCheck::drifted).count();
    }

    /** One check, when it is in an account the caller sees. */
    @PreAuthorize(READERS)
    public Optional<DriftCheck> check(UUID id) {
        AccountScopes.Visibility visibility = scopes.visibility();
        return rows.find(id).filter(c -> visibility.sees(c.accountId()));
    }

    /**
     * Starts a check of a stack, named by its ARN or by the provisioned product behind it (one of the two); a check
     * of the stack already running is answered instead of starting another.
     *
     * @throws InvalidComplianceQueryException when neither or both are given, or the ARN is not a stack's
     * @throws NoSuchElementException          when the portal did not provision such a stack
     * @throws AccessDeniedException           when an engineer names a stack not of their team's products
     */
    @PreAuthorize(CHECKERS)
    public DriftCheck requestCheck(@Nullable String stackArn, @Nullable UUID requestId) {
        PortalUser user = currentUser.get();
        if ((stackArn == null || stackArn.isBlank()) == (requestId == null)) {
            throw new InvalidComplianceQueryException(Map.of("stackArn", "or requestId is required (one of the two)",
                    "requestId", "or stackArn is required (one of the two)"),
                    "Name the stack by stackArn or by the requestId of its provisioned product, one of the two");
        }
        Target target = requestId != null ? byResource(requestId) : byArn(parse(stackArn), user);
        return rows.running(target.stack().arn()).orElseGet(() -> {
            DriftCheck check = rows.start(target.stack(), target.resourceId(), user.username(), clock.instant());
            runner.startInBackground(check);
            return check;
        });
    }

    /** Whether the caller may check the stack now (the page's "Check now"). */
    public boolean mayCheck(DriftCheck stack) {
        PortalUser user = currentUser.get();
        if (user.hasAnyRole(Role.SECURITY, Role.PLATFORM_ADMIN)) {
            return true;
        }
        if (!user.hasRole(Role.ENGINEER) || stack.resourceId() == null || provisioned.getIfAvailable() == null) {
            return false;
        }
        try {
            return provisioned.getObject().find(stack.resourceId()).isPresent();
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    /**
     * The schedule: checks every stack behind an existing provisioned product (and, in the sandbox, the stacks it
     * made up), one after another. System work.
     *
     * @param includeUnprovisioned also the stacks known only from earlier checks (the sandbox's made-up ones)
     * @return the checks, finished
     */
    public List<DriftCheck> checkAll(boolean includeUnprovisioned) {
        rows.failStale(clock.instant().minus(STALE), clock.instant());
        Map<String, Target> targets = new LinkedHashMap<>();
        ProvisionedStacks stacks = provisioned.getIfAvailable();
        if (stacks != null) {
            for (ProvisionedStack s : stacks.active()) {
                try {
                    targets.put(s.stackArn(), new Target(StackArn.parse(s.stackArn()), s.resourceId()));
                } catch (IllegalArgumentException e) {
                    // an output that is not a stack ARN: nothing to check
                }
            }
        }
        if (includeUnprovisioned) {
            rows.knownStacks().stream().filter(c -> c.resourceId() == null)
                    .forEach(c -> targets.putIfAbsent(c.stackArn(), new Target(StackArn.parse(c.stackArn()), null)));
        }
        List<DriftCheck> done = new ArrayList<>();
        for (Target target : targets.values()) {
            if (rows.running(target.stack().arn()).isEmpty()) {
                done.add(runner.run(rows.start(target.stack(), target.resourceId(), PortalUser.SYSTEM.username(),
                        clock.instant())));
            }
        }
        return done;
    }

    private record Target(StackArn stack, @Nullable UUID resourceId) {
    }

    private Target byResource(UUID requestId) {
        ProvisionedStacks stacks = provisioned.getIfAvailable();
        ProvisionedStack stack = stacks == null ? null : stacks.find(requestId).orElse(null);
        if (stack == null) {
            throw new NoSuchElementException("No provisioned product " + requestId + " with a CloudFormation stack");
        }
        return new Target(parse(stack.stackArn()), stack.resourceId());
    }

    private Target byArn(StackArn arn, PortalUser user) {
        Optional<UUID> resource = rows.knownStacks().stream().filter(c -> c.stackArn().equals(arn.arn()))
                .map(DriftCheck::resourceId).filter(java.util.Objects::nonNull).findFirst();
        ProvisionedStacks stacks = provisioned.getIfAvailable();
        if (user.hasAnyRole(Role.SECURITY, Role.PLATFORM_ADMIN)) {
            Optional<ProvisionedStack> current = stacks == null ? Optional.empty()
                    : stacks.active().stream().filter(s -> s.stackArn().equals(arn.arn())).findFirst();
            if (current.isPresent()) {
                return new Target(arn, current.get().resourceId());
            }
            boolean known = rows.knownStacks().stream().anyMatch(c -> c.stackArn().equals(arn.arn()));
            if (!known) {
                throw new NoSuchElementException("The portal did not provision stack " + arn.arn());
            }
            return new Target(arn, resource.orElse(null));
        }
        ProvisionedStack own = resource.isEmpty() || stacks == null ? null
                : stacks.find(resource.get()).filter(s -> s.stackArn().equals(arn.arn())).orElse(null);
        if (own == null) {
            throw new AccessDeniedException("Stack " + arn.stackName() + " is not behind a provisioned product of "
                    + "yours or your team's");
        }
        return new Target(arn, own.resourceId());
    }

    private static StackArn parse(String arn) {
        try {
            return StackArn.parse(arn);
        } catch (IllegalArgumentException e) {
            throw InvalidComplianceQueryException.of("stackArn", "must be a CloudFormation stack ARN "
                    + "(arn:aws:cloudformation:<region>:<account>:stack/<name>/<id>)");
        }
    }
}
