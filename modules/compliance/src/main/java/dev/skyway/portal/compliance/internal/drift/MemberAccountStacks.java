package dev.skyway.portal.compliance.internal.drift;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.compliance.internal.aws.CloudFormationClients;
import dev.skyway.portal.compliance.internal.aws.StackArn;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

/**
 * Stacks in member accounts: a CloudFormation client per Region, and per account the role
 * {@code portal.compliance.aws.member-role-name} assumed there (none configured: the portal's own credentials).
 */
class MemberAccountStacks implements CloudFormationClients, AutoCloseable {

    static final String SESSION = "skyway-compliance-drift";

    private final AwsClientFactory aws;
    private final @Nullable String roleName;
    private final Map<String, CloudFormationClient> clients = new ConcurrentHashMap<>();
    private final Map<String, StsAssumeRoleCredentialsProvider> roles = new ConcurrentHashMap<>();
    private volatile @Nullable StsClient sts;

    MemberAccountStacks(AwsClientFactory aws, @Nullable String roleName) {
        this.aws = aws;
        this.roleName = roleName;
    }

    @Override
    public CloudFormationClient client(StackArn stack) {
        return clients.computeIfAbsent(stack.region(), region -> aws.createIn(Region.of(region),
                CloudFormationClient.builder()));
    }

    @Override
    public @Nullable AwsCredentialsProvider credentials(StackArn stack) {
        if (roleName == null) {
            return null;
        }
        return roles.computeIfAbsent(stack.accountId(), account -> StsAssumeRoleCredentialsProvider.builder()
                .stsClient(sts()).refreshRequest(r -> r.roleArn("arn:" + stack.partition() + ":iam::" + account
                        + ":role/" + roleName).roleSessionName(SESSION)).build());
    }

    private synchronized StsClient sts() {
        if (sts == null) {
            sts = aws.create(StsClient.builder());
        }
        return sts;
    }

    @Override
    public void close() {
        roles.values().forEach(StsAssumeRoleCredentialsProvider::close);
        roles.clear();
    }
}
