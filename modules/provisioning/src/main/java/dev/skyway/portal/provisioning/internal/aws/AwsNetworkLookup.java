package dev.skyway.portal.provisioning.internal.aws;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.aws.AwsCall;
import dev.skyway.portal.provisioning.NetworkChoice;
import dev.skyway.portal.provisioning.internal.network.NetworkLookup;
import dev.skyway.portal.provisioning.internal.network.NetworkLookupException;
import dev.skyway.portal.provisioning.internal.network.NetworkTarget;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.ParameterNotFoundException;

/**
 * The pickers' lookups on EC2 and SSM, signed in the target account with the credentials {@code credentialsOf}
 * gives for it (a role the portal assumes there, or the portal's own credentials when no role is configured). The
 * SDK's paginators follow {@code NextToken}; the client's standard retries absorb throttling, and what is left is
 * told in the portal's words with AWS's request id.
 */
public class AwsNetworkLookup implements NetworkLookup {

    private static final String EC2 = "Amazon EC2";
    private static final String SSM = "AWS Systems Manager";

    private final Ec2Client ec2;
    private final SsmClient ssm;
    private final Function<String, ? extends @Nullable AwsCredentialsProvider> credentialsOf;

    /**
     * @param credentialsOf account id -> credentials to sign with there (absent: the clients' own); may throw
     *                      {@link NetworkLookupException} when the portal has no way into that account
     */
    public AwsNetworkLookup(Ec2Client ec2, SsmClient ssm,
                            Function<String, ? extends @Nullable AwsCredentialsProvider> credentialsOf) {
        this.ec2 = ec2;
        this.ssm = ssm;
        this.credentialsOf = credentialsOf;
    }

    @Override
    public List<NetworkChoice> vpcs(NetworkTarget target) {
        return call(EC2, "the VPCs", target, () -> ec2.describeVpcsPaginator(r -> r.overrideConfiguration(in(target)))
                .vpcs().stream().map(v -> new NetworkChoice(v.vpcId(), label(v.vpcId(), name(v.tags()),
                        v.cidrBlock()), null)).toList());
    }

    @Override
    public List<NetworkChoice> subnets(NetworkTarget target, @Nullable String vpcId) {
        return call(EC2, "the subnets", target, () -> ec2.describeSubnetsPaginator(r -> r
                        .overrideConfiguration(in(target)).filters(byVpc(vpcId))).subnets().stream()
                .map(s -> new NetworkChoice(s.subnetId(), label(s.subnetId(), name(s.tags()), s.availabilityZone(),
                        s.cidrBlock()), s.vpcId())).toList());
    }

    @Override
    public List<NetworkChoice> securityGroups(NetworkTarget target, @Nullable String vpcId) {
        return call(EC2, "the security groups", target, () -> ec2.describeSecurityGroupsPaginator(r -> r
                        .overrideConfiguration(in(target)).filters(byVpc(vpcId))).securityGroups().stream()
                .map(g -> new NetworkChoice(g.groupId(), label(g.groupId(), g.groupName(), name(g.tags())),
                        g.vpcId())).toList());
    }

    @Override
    public List<NetworkChoice> keyPairs(NetworkTarget target) {
        return call(EC2, "the key pairs", target, () -> ec2.describeKeyPairs(r -> r.overrideConfiguration(in(target)))
                .keyPairs().stream().map(k -> new NetworkChoice(k.keyName(), k.keyName(), null)).toList());
    }

    @Override
    public List<NetworkChoice> availabilityZones(NetworkTarget target) {
        return call(EC2, "the availability zones", target, () -> ec2.describeAvailabilityZones(r -> r
                        .overrideConfiguration(in(target)).filters(Filter.builder().name("state")
                                .values("available").build())).availabilityZones().stream()
                .map(z -> new NetworkChoice(z.zoneName(), label(z.zoneName(), z.zoneId()), null)).toList());
    }

    @Override
    public Optional<String> parameterValue(NetworkTarget target, String name) {
        return call(SSM, "SSM parameter " + name, target, () -> {
            try {
                return Optional.of(ssm.getParameter(r -> r.overrideConfiguration(in(target)).name(name))
                        .parameter().value());
            } catch (ParameterNotFoundException e) {
                return Optional.empty();
            }
        });
    }

    private AwsRequestOverrideConfiguration in(NetworkTarget target) {
        AwsCredentialsProvider credentials = credentialsOf.apply(target.accountId());
        AwsRequestOverrideConfiguration.Builder builder = AwsRequestOverrideConfiguration.builder();
        return credentials == null ? builder.build() : builder.credentialsProvider(credentials).build();
    }

    private static Filter[] byVpc(@Nullable String vpcId) {
        return vpcId == null ? new Filter[0] : new Filter[] {Filter.builder().name("vpc-id").values(vpcId).build()};
    }

    private static String name(List<Tag> tags) {
        return tags.stream().filter(t -> "Name".equals(t.key())).map(Tag::value).findFirst().orElse(null);
    }

    /** {@code id | name | more}, skipping what is missing (as the console lists them). */
    private static String label(String... parts) {
        return String.join(" | ", java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
    }

    private static <T> T call(String service, String what, NetworkTarget target, Supplier<T> call) {
        return AwsCall.to(service, "list " + what + " of account " + target.accountId() + " in " + target.region())
                .withRetryNote("try again in a moment")
                .run(call, f -> new NetworkLookupException(f.message(), f.requestId(), f.exception()));
    }
}
