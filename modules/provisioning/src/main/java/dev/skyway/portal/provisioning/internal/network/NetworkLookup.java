package dev.skyway.portal.provisioning.internal.network;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.provisioning.NetworkChoice;

/**
 * The port behind the request form's pickers for AWS-specific parameters: what exists in the target account, as the
 * CloudFormation console lists it. Adapters: EC2/SSM through a role the portal assumes in that account, and the
 * sandbox's deterministic network per account.
 *
 * <p>Every method throws {@link NetworkLookupException} when AWS refuses or fails (the message is for the user, the
 * AWS request id is kept).
 */
public interface NetworkLookup {

    List<NetworkChoice> vpcs(NetworkTarget target);

    /** @param vpcId only the subnets of this VPC; absent for all */
    List<NetworkChoice> subnets(NetworkTarget target, @Nullable String vpcId);

    /** @param vpcId only the security groups of this VPC; absent for all */
    List<NetworkChoice> securityGroups(NetworkTarget target, @Nullable String vpcId);

    List<NetworkChoice> keyPairs(NetworkTarget target);

    List<NetworkChoice> availabilityZones(NetworkTarget target);

    /** The value of an SSM parameter (what CloudFormation will resolve); empty when there is no such parameter. */
    Optional<String> parameterValue(NetworkTarget target, String name);
}
