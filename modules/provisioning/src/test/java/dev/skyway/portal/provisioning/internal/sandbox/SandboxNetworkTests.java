package dev.skyway.portal.provisioning.internal.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.skyway.portal.catalog.AwsParameterType;
import dev.skyway.portal.provisioning.NetworkChoice;
import dev.skyway.portal.provisioning.internal.network.NetworkLookupException;
import dev.skyway.portal.provisioning.internal.network.NetworkTarget;

/**
 * The sandbox network is consistent: the same account and region always have the same resources (restarts and
 * replicas agree without stored state), each account has its own ids, subnets and groups belong to their VPC, and
 * every id has the shape AWS gives it.
 */
class SandboxNetworkTests {

    final SandboxNetwork network = new SandboxNetwork();
    final NetworkTarget a = new NetworkTarget("123456789012", "eu-central-1");
    final NetworkTarget b = new NetworkTarget("210987654321", "eu-central-1");

    static List<String> ids(List<NetworkChoice> choices) {
        return choices.stream().map(NetworkChoice::value).toList();
    }

    @Test
    void sameAccountSameNetworkOtherAccountOtherIds() {
        assertThat(new SandboxNetwork().vpcs(a)).isEqualTo(network.vpcs(a));
        assertThat(ids(network.vpcs(a))).doesNotContainAnyElementsOf(ids(network.vpcs(b)));
        assertThat(ids(network.subnets(a, null))).doesNotContainAnyElementsOf(ids(network.subnets(b, null)));
        assertThat(ids(network.securityGroups(a, null))).doesNotContainAnyElementsOf(
                ids(network.securityGroups(b, null)));
        assertThat(ids(network.vpcs(a))).doesNotContainAnyElementsOf(
                ids(network.vpcs(new NetworkTarget(a.accountId(), "us-east-1"))));
    }

    @Test
    void subnetsAndGroupsBelongToTheirVpcOneSubnetOfEachKindPerZone() {
        String vpc = network.vpcs(a).getFirst().value();

        assertThat(network.subnets(a, vpc)).hasSize(6).allMatch(s -> s.vpcId().equals(vpc));
        assertThat(network.subnets(a, vpc)).extracting(NetworkChoice::label)
                .anyMatch(l -> l.contains("eu-central-1c") && l.contains("private"));
        assertThat(network.securityGroups(a, vpc)).hasSize(3).allMatch(g -> g.vpcId().equals(vpc));
        assertThat(network.subnets(a, null)).hasSize(12);
    }

    @Test
    void everyIdHasTheShapeOfItsType() {
        assertThat(ids(network.vpcs(a))).allMatch(AwsParameterType.VPC_ID::matches);
        assertThat(ids(network.subnets(a, null))).allMatch(AwsParameterType.SUBNET_ID::matches);
        assertThat(ids(network.securityGroups(a, null))).allMatch(AwsParameterType.SECURITY_GROUP_ID::matches);
        assertThat(ids(network.keyPairs(a))).allMatch(AwsParameterType.KEY_PAIR_NAME::matches);
        assertThat(ids(network.availabilityZones(a))).allMatch(AwsParameterType.AVAILABILITY_ZONE::matches)
                .containsExactly("eu-central-1a", "eu-central-1b", "eu-central-1c");
        assertThat(network.parameterValue(a, "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"))
                .hasValueSatisfying(v -> assertThat(AwsParameterType.IMAGE_ID.matches(v)).isTrue());
        assertThat(network.parameterValue(a, "/team/unknown")).isEmpty();
    }

    @Test
    void accountsWithoutThePortalsRoleRefuseLookups() {
        assertThatThrownBy(() -> network.vpcs(new NetworkTarget("999000111222", "eu-central-1")))
                .isInstanceOf(NetworkLookupException.class).hasMessageContaining("ec2:DescribeVpcs")
                .hasMessageContaining("AccessDenied");
    }
}
