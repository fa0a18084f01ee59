package dev.skyway.portal.accounts.internal.requests;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import dev.skyway.portal.accounts.Baseline;

/**
 * {@code portal.accounts.vending.*}. Null arguments take the documented defaults.
 *
 * @param maxInFlight     account operations running at once; default 5 (Control Tower's limit)
 * @param poll            run the vending job on a schedule; default true
 * @param pollInterval    pause between two passes of the vending job; default 5s
 * @param typicalDuration how long one vending usually takes, for the queue estimate; default 20m
 * @param startGrace      how long "start sent" without an operation id is asked of the vendor ({@code find}) before
 *                        the request fails as unconfirmed; default 30m
 * @param strategy        aws mode: {@code organizations} (CreateAccount) or {@code control-tower} (Account Factory);
 *                        default organizations
 * @param baselines       the baselines offered; default security, network and observability baselines
 * @param baselineRegions regions the baseline stack instances are deployed to; default eu-central-1
 * @param accountFactory  Control Tower Account Factory (Service Catalog product) ids, aws mode only
 * @param stackSets       StackSets settings, aws mode only
 * @param budgets         AWS Budgets settings, aws mode only
 * @param sandbox         the simulation's delays and limits
 * @param suspendedOuId   aws mode: the OU ({@code ou-...}) closed accounts are moved to after {@code CloseAccount};
 *                        without one, they stay in their OU. Requests may never target it.
 * @param allowedOus      the OU ids ({@code ou-...}) account requests may target; empty allows every OU of the
 *                        synced tree except the root and the Suspended OU (which are never allowed)
 */
@Validated
@ConfigurationProperties("portal.accounts.vending")
public record VendingProperties(Integer maxInFlight, Boolean poll, Duration pollInterval, Duration typicalDuration,
                                Duration startGrace, String strategy, List<Baseline> baselines,
                                List<String> baselineRegions, AccountFactory accountFactory, StackSets stackSets,
                                Budgets budgets, Sandbox sandbox, @Nullable String suspendedOuId,
                                List<String> allowedOus) {

    public static final List<Baseline> DEFAULT_BASELINES = List.of(
            new Baseline("security-baseline", "Security baseline", "skyway-security-baseline",
                    "CloudTrail to the log archive, AWS Config recorder and rules, GuardDuty member, IAM password policy"),
            new Baseline("network-baseline", "Network baseline", "skyway-network-baseline",
                    "A VPC with private and public subnets in 3 AZs, flow logs, Transit Gateway attachment"),
            new Baseline("observability-baseline", "Observability", "skyway-observability-baseline",
                    "CloudWatch cross-account sharing, log retention defaults, alarms to the on-call topic"));

    public VendingProperties {
        maxInFlight = maxInFlight == null ? 5 : Math.max(1, maxInFlight);
        poll = poll == null || poll;
        pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
        typicalDuration = typicalDuration == null ? Duration.ofMinutes(20) : typicalDuration;
        startGrace = startGrace == null ? Duration.ofMinutes(30) : startGrace;
        strategy = strategy == null || strategy.isBlank() ? "organizations" : strategy.strip();
        baselines = baselines == null || baselines.isEmpty() ? DEFAULT_BASELINES : List.copyOf(baselines);
        baselineRegions = baselineRegions == null || baselineRegions.isEmpty() ? List.of("eu-central-1")
                : List.copyOf(baselineRegions);
        accountFactory = accountFactory == null ? new AccountFactory(null, null, null) : accountFactory;
        stackSets = stackSets == null ? new StackSets(null, null) : stackSets;
        budgets = budgets == null ? new Budgets(null, null) : budgets;
        sandbox = sandbox == null ? new Sandbox(null, null, null, null) : sandbox;
        suspendedOuId = suspendedOuId == null || suspendedOuId.isBlank() ? null : suspendedOuId.strip();
        allowedOus = allowedOus == null ? List.of() : allowedOus.stream().map(String::strip)
                .filter(id -> !id.isEmpty()).toList();
    }

    /** Account Factory's product, provisioning artifact (version) and launch path ids. */
    public record AccountFactory(String productId, String provisioningArtifactId, String pathId) {
    }

    /**
     * @param callAs               {@code SELF} (management account) or {@code DELEGATED_ADMIN} (a StackSets delegated
     *                             administrator account); default SELF
     * @param serviceManagedRootId the organization root id ({@code r-...}) for service-managed stack sets, which are
     *                             targeted through {@code DeploymentTargets}; absent for self-managed stack sets
     */
    public record StackSets(String callAs, @Nullable String serviceManagedRootId) {

        public StackSets {
            callAs = callAs == null || callAs.isBlank() ? "SELF" : callAs.strip().toUpperCase(java.util.Locale.ROOT);
            serviceManagedRootId = serviceManagedRootId == null || serviceManagedRootId.isBlank() ? null
                    : serviceManagedRootId.strip();
        }

        public boolean delegatedAdmin() {
            return "DELEGATED_ADMIN".equals(callAs);
        }
    }

    /**
     * @param managementAccountId the account the budgets are created in (the management/payer account); without
     *                            one, the account of the portal's credentials (STS GetCallerIdentity)
     * @param notificationEmails  who gets the budget's 80% actual and 100% forecast notifications
     */
    public record Budgets(@Nullable String managementAccountId, List<String> notificationEmails) {

        public Budgets {
            managementAccountId = managementAccountId == null || managementAccountId.isBlank() ? null
                    : managementAccountId.strip();
            notificationEmails = notificationEmails == null ? List.of() : List.copyOf(notificationEmails);
        }
    }

    /**
     * @param creationDelay how long a simulated CreateAccount takes; default 5s
     * @param baselineDelay how long a simulated StackSet operation takes; default 3s
     * @param closeDelay    how long a simulated CloseAccount takes to reach SUSPENDED; default 5s
     * @param accountLimit  the simulated organization's account quota: a creation that would exceed it fails with
     *                      ACCOUNT_LIMIT_EXCEEDED; default 100
     */
    public record Sandbox(Duration creationDelay, Duration baselineDelay, Duration closeDelay, Integer accountLimit) {

        public Sandbox {
            creationDelay = creationDelay == null ? Duration.ofSeconds(5) : creationDelay;
            baselineDelay = baselineDelay == null ? Duration.ofSeconds(3) : baselineDelay;
            closeDelay = closeDelay == null ? Duration.ofSeconds(5) : closeDelay;
            accountLimit = accountLimit == null ? 100 : accountLimit;
        }
    }

    public java.util.Optional<Baseline> baseline(String id) {
        return baselines.stream().filter(b -> b.id().equals(id)).findFirst();
    }
}
