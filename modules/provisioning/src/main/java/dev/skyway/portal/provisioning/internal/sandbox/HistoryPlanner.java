package dev.skyway.portal.provisioning.internal.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import dev.skyway.portal.catalog.AwsParameterType;
import dev.skyway.portal.catalog.Catalog;
import dev.skyway.portal.catalog.ParameterDescriptor;
import dev.skyway.portal.catalog.ProductDetail;
import dev.skyway.portal.catalog.ProductNotFoundException;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.directory.AccountDirectory;
import dev.skyway.portal.platform.directory.TargetAccount;
import dev.skyway.portal.provisioning.NetworkChoice;
import dev.skyway.portal.provisioning.NewProductRequest;
import dev.skyway.portal.provisioning.ProductRequests;
import dev.skyway.portal.provisioning.RequestViolation;
import dev.skyway.portal.provisioning.internal.network.NetworkLookup;
import dev.skyway.portal.provisioning.internal.network.NetworkTarget;

/**
 * Turns the {@link HistoryPlan}s into requests the portal would accept now: the product's default version from the
 * catalog, the target account's network for VPC and subnet parameters, the estimate from the product's cost model, and
 * the same rules a new request meets (values, tags, the account's environment, and that the requester's team owns
 * the account). A plan that breaks a rule is left out, with a warning; none is ready while the catalog or the account
 * inventory does not know its product or account yet (they sync shortly after start).
 */
@Component
class HistoryPlanner {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryPlanner.class);
    /** Only for checking a required NoEcho value (a database password): never stored, never sent anywhere. */
    private static final String CHECKED_SECRET = "Checked0nlyNeverKept";

    private final Catalog catalog;
    private final ProductRequests requests;
    private final ObjectProvider<AccountDirectory> directory;
    private final NetworkLookup network;
    private final AwsClientFactory aws;

    HistoryPlanner(Catalog catalog, ProductRequests requests, ObjectProvider<AccountDirectory> directory,
                   NetworkLookup network, AwsClientFactory aws) {
        this.catalog = catalog;
        this.requests = requests;
        this.directory = directory;
        this.network = network;
        this.aws = aws;
    }

    /** The plans ready to record, in order; empty while the catalog or the inventory lacks one's product or account. */
    Optional<List<HistoryRecorder.Ready>> ready() {
        AccountDirectory accounts = directory.getIfAvailable();
        List<HistoryRecorder.Ready> ready = new ArrayList<>();
        for (HistoryPlan plan : HistoryPlan.ALL) {
            ProductDetail product;
            try {
                product = catalog.product(plan.productId(), null);
            } catch (ProductNotFoundException e) {
                return Optional.empty();
            }
            Optional<TargetAccount> account = accounts == null ? Optional.empty() : accounts.find(plan.accountId());
            if (accounts != null && account.isEmpty()) {
                return Optional.empty();
            }
            String team = account.map(TargetAccount::ownerTeam).orElse(plan.requester().team());
            if (team == null || !team.equals(plan.requester().team())) {
                LOG.warn("Sandbox history: {} left out, account {} is not team {}'s", plan.key(), plan.accountId(),
                        plan.requester().team());
                continue;
            }
            Map<String, String> values = withNetwork(plan, product);
            List<RequestViolation> violations = requests.check(new NewProductRequest(plan.productId(), null,
                    plan.environment(), plan.accountId(), withCheckedSecrets(values, product), plan.justification(),
                    null, plan.tags(product))).stream().filter(v -> !"SECRETS_UNAVAILABLE".equals(v.rule())).toList();
            if (!violations.isEmpty()) {
                LOG.warn("Sandbox history: {} left out, it breaks the request rules: {}", plan.key(), violations);
                continue;
            }
            ready.add(new HistoryRecorder.Ready(plan, product, withCheckedSecrets(values, product),
                    catalog.estimateMonthlyCost(product.id(), product.version().id(), values).orElse(null)));
        }
        return Optional.of(ready);
    }

    /** The plan's values, with the account's VPC ("workloads") and its private subnets where the product asks. */
    private Map<String, String> withNetwork(HistoryPlan plan, ProductDetail product) {
        Map<String, String> values = new LinkedHashMap<>(plan.values());
        NetworkTarget target = new NetworkTarget(plan.accountId(), aws.region().id());
        String vpc = workloadsVpc(target);
        for (ParameterDescriptor p : product.parameters()) {
            AwsParameterType type = AwsParameterType.of(p.type()).orElse(null);
            if (type == AwsParameterType.VPC_ID && vpc != null) {
                values.putIfAbsent(p.key(), vpc);
            } else if (type == AwsParameterType.SUBNET_ID) {
                List<String> subnets = network.subnets(target, vpc).stream()
                        .filter(s -> s.label().contains("-private-")).map(NetworkChoice::value).toList();
                if (!subnets.isEmpty()) {
                    values.putIfAbsent(p.key(), AwsParameterType.isList(p.type())
                            ? String.join(",", subnets.subList(0, Math.min(2, subnets.size()))) : subnets.getFirst());
                }
            }
        }
        return values;
    }

    private @Nullable String workloadsVpc(NetworkTarget target) {
        List<NetworkChoice> vpcs = network.vpcs(target);
        return vpcs.stream().filter(v -> v.label().contains("| workloads |")).map(NetworkChoice::value).findFirst()
                .orElse(vpcs.isEmpty() ? null : vpcs.getFirst().value());
    }

    /** A value for each NoEcho parameter without a default, as the requester typed one (it is never kept). */
    private static Map<String, String> withCheckedSecrets(Map<String, String> values, ProductDetail product) {
        Map<String, String> checked = new LinkedHashMap<>(values);
        product.parameters().stream().filter(p -> p.noEcho() && p.defaultValue() == null)
                .forEach(p -> checked.putIfAbsent(p.key(), CHECKED_SECRET));
        return checked;
    }
}
