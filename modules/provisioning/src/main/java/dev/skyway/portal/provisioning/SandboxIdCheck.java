package dev.skyway.portal.provisioning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.skyway.portal.catalog.AwsParameterType;
import dev.skyway.portal.catalog.ParameterDescriptor;
import dev.skyway.portal.catalog.ParameterRule;
import dev.skyway.portal.catalog.ParameterViolation;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.provisioning.internal.network.NetworkLookup;
import dev.skyway.portal.provisioning.internal.network.NetworkLookupException;
import dev.skyway.portal.provisioning.internal.network.NetworkTarget;

/**
 * In the sandbox the portal also knows every account's network, so a request naming a VPC, subnet, security group,
 * key pair or zone that the target account does not have is refused with a field error, as CloudFormation would
 * refuse it at stack creation. On AWS the shape check is all: the stack creation judges existence (the portal's role
 * may not be able to see every account). When a lookup fails nothing is refused here (the form let the requester
 * type the value).
 */
@Component
class SandboxIdCheck {

    private final NetworkLookup lookup;
    private final AwsClientFactory aws;

    SandboxIdCheck(NetworkLookup lookup, AwsClientFactory aws) {
        this.lookup = lookup;
        this.aws = aws;
    }

    /**
     * @param skip parameters that already broke a rule (their shape, say): not looked up
     */
    List<ParameterViolation> check(List<ParameterDescriptor> parameters, Map<String, String> values, String accountId,
                                   Set<String> skip) {
        List<ParameterViolation> out = new ArrayList<>();
        if (aws.mode() != AwsMode.SANDBOX || accountId == null || !accountId.matches("\\d{12}")) {
            return out;
        }
        NetworkTarget target = new NetworkTarget(accountId, aws.region().id());
        for (ParameterDescriptor p : parameters) {
            String value = values.get(p.key());
            if (value == null || value.isBlank() || skip.contains(p.key()) || !NetworkPickers.picks(p)) {
                continue;
            }
            try {
                Set<String> known = existing(p, target);
                List<String> missing = Arrays.stream(value.split(",")).map(String::strip)
                        .filter(item -> !known.contains(item)).toList();
                if (!missing.isEmpty()) {
                    out.add(new ParameterViolation(p.key(), ParameterRule.NOT_IN_ACCOUNT, String.join(", ", missing)
                            + (missing.size() == 1 ? " does" : " do") + " not exist in account " + accountId
                            + " (" + target.region() + ")"));
                }
            } catch (NetworkLookupException e) {
                // the requester could not pick from a list either; AWS will judge the value
            }
        }
        return out;
    }

    private Set<String> existing(ParameterDescriptor p, NetworkTarget target) {
        List<NetworkChoice> choices = switch (AwsParameterType.of(p.type()).orElseThrow()) {
            case VPC_ID -> lookup.vpcs(target);
            case SUBNET_ID -> lookup.subnets(target, null);
            case SECURITY_GROUP_ID -> lookup.securityGroups(target, null);
            case KEY_PAIR_NAME -> lookup.keyPairs(target);
            case AVAILABILITY_ZONE -> lookup.availabilityZones(target);
            default -> List.of();
        };
        return choices.stream().map(NetworkChoice::value).collect(Collectors.toSet());
    }
}
