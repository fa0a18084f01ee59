package dev.skyway.portal.provisioning.internal.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.provisioning.NetworkChoice;
import dev.skyway.portal.provisioning.internal.network.NetworkLookup;
import dev.skyway.portal.provisioning.internal.network.NetworkLookupException;
import dev.skyway.portal.provisioning.internal.network.NetworkTarget;

/**
 * The sandbox's network: every account has, per region, its own two VPCs, a private and a public subnet per VPC and
 * availability zone, three security groups per VPC and two key pairs. Ids are derived from the account id and
 * region (SHA-256), so they are stable across restarts and replicas without any stored state, and an id of one
 * account is never an id of another (as in AWS). Accounts whose id starts with {@value #DENIED_PREFIX} refuse every
 * lookup, as an account without the portal's role would: the form's free-text fallback can be seen in demos.
 */
public class SandboxNetwork implements NetworkLookup {

    public static final String DENIED_PREFIX = "999";
    private static final List<String> VPC_NAMES = List.of("shared-services", "workloads");
    private static final List<String> SECURITY_GROUPS = List.of("default", "web", "database");
    private static final List<String> ZONE_LETTERS = List.of("a", "b", "c");

    @Override
    public List<NetworkChoice> vpcs(NetworkTarget target) {
        refuseDenied(target, "ec2:DescribeVpcs");
        List<NetworkChoice> vpcs = new ArrayList<>();
        for (int i = 0; i < VPC_NAMES.size(); i++) {
            vpcs.add(new NetworkChoice(vpcId(target, i), vpcId(target, i) + " | " + VPC_NAMES.get(i) + " | "
                    + cidr(target, i) + ".0.0/16", null));
        }
        return vpcs;
    }

    @Override
    public List<NetworkChoice> subnets(NetworkTarget target, @Nullable String vpcId) {
        refuseDenied(target, "ec2:DescribeSubnets");
        List<NetworkChoice> subnets = new ArrayList<>();
        for (int i = 0; i < VPC_NAMES.size(); i++) {
            String vpc = vpcId(target, i);
            if (vpcId != null && !vpcId.equals(vpc)) {
                continue;
            }
            for (int z = 0; z < ZONE_LETTERS.size(); z++) {
                String zone = target.region() + ZONE_LETTERS.get(z);
                for (String kind : List.of("private", "public")) {
                    String id = "subnet-" + hex(target, vpc + "/" + zone + "/" + kind);
                    int third = (kind.equals("private") ? 10 : 100) + z;
                    subnets.add(new NetworkChoice(id, id + " | " + VPC_NAMES.get(i) + "-" + kind + "-"
                            + ZONE_LETTERS.get(z) + " | " + zone + " | " + cidr(target, i) + "." + third + ".0/24",
                            vpc));
                }
            }
        }
        return subnets;
    }

    @Override
    public List<NetworkChoice> securityGroups(NetworkTarget target, @Nullable String vpcId) {
        refuseDenied(target, "ec2:DescribeSecurityGroups");
        List<NetworkChoice> groups = new ArrayList<>();
        for (int i = 0; i < VPC_NAMES.size(); i++) {
            String vpc = vpcId(target, i);
            if (vpcId != null && !vpcId.equals(vpc)) {
                continue;
            }
            for (String name : SECURITY_GROUPS) {
                String id = "sg-" + hex(target, vpc + "/sg/" + name);
                groups.add(new NetworkChoice(id, id + " | " + name + " | " + VPC_NAMES.get(i), vpc));
            }
        }
        return groups;
    }

    @Override
    public List<NetworkChoice> keyPairs(NetworkTarget target) {
        refuseDenied(target, "ec2:DescribeKeyPairs");
        String ops = "ops-" + target.accountId().substring(target.accountId().length() - 4);
        return List.of(new NetworkChoice(ops, ops, null), new NetworkChoice("ci-deploy", "ci-deploy", null));
    }

    @Override
    public List<NetworkChoice> availabilityZones(NetworkTarget target) {
        refuseDenied(target, "ec2:DescribeAvailabilityZones");
        return ZONE_LETTERS.stream().map(letter -> target.region() + letter)
                .map(zone -> new NetworkChoice(zone, zone, null)).toList();
    }

    /** AWS's public AMI parameters ({@code /aws/service/ami-...}) resolve to an AMI id per region; others do not exist. */
    @Override
    public Optional<String> parameterValue(NetworkTarget target, String name) {
        refuseDenied(target, "ssm:GetParameter");
        if (name.startsWith("/aws/service/ami-")) {
            return Optional.of("ami-" + SandboxOutputs.hex(target.region() + name, 17));
        }
        return Optional.empty();
    }

    private static String vpcId(NetworkTarget target, int index) {
        return "vpc-" + hex(target, "vpc/" + index);
    }

    /** The first two octets of a VPC's CIDR, different per account so that peering demos look plausible. */
    private static String cidr(NetworkTarget target, int index) {
        return "10." + (Integer.parseInt(SandboxOutputs.hex(target.accountId() + index, 2), 16) % 250);
    }

    private static String hex(NetworkTarget target, String what) {
        return SandboxOutputs.hex(target.accountId() + "/" + target.region() + "/" + what, 17);
    }

    private static void refuseDenied(NetworkTarget target, String action) {
        if (target.accountId().startsWith(DENIED_PREFIX)) {
            throw new NetworkLookupException("The portal may not call " + action + " in account "
                    + target.accountId() + " (AccessDenied: its role is not deployed there)", "sandbox-denied", null);
        }
    }
}
