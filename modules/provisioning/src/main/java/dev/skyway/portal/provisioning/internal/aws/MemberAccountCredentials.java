package dev.skyway.portal.provisioning.internal.aws;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Credentials in a member account: a role of the given name that the portal assumes there (on top of its own
 * credentials, so the member role trusts the portal's role), one refreshing provider per account. Without a role
 * name the lookups use the portal's own credentials (a single-account setup). Closing closes the providers.
 */
public class MemberAccountCredentials implements Function<String, @Nullable AwsCredentialsProvider>, AutoCloseable {

    private final @Nullable StsClient sts;
    private final @Nullable String roleName;
    private final String sessionName;
    private final Map<String, StsAssumeRoleCredentialsProvider> providers = new ConcurrentHashMap<>();

    /**
     * @param sts      from the platform's factory; absent without a {@code roleName}
     * @param roleName the role to assume in each account; absent when none is configured
     */
    public MemberAccountCredentials(@Nullable StsClient sts, @Nullable String roleName, String sessionName) {
        this.sts = sts;
        this.roleName = roleName;
        this.sessionName = sessionName;
    }

    /** @return absent when no role is configured (the clients' own credentials apply) */
    @Override
    public @Nullable AwsCredentialsProvider apply(String accountId) {
        if (roleName == null) {
            return null;
        }
        return providers.computeIfAbsent(accountId, account -> StsAssumeRoleCredentialsProvider.builder()
                .stsClient(sts)
                .refreshRequest(r -> r.roleArn("arn:aws:iam::" + account + ":role/" + roleName)
                        .roleSessionName(sessionName))
                .build());
    }

    @Override
    public void close() {
        providers.values().forEach(SdkAutoCloseable::close);
        providers.clear();
    }
}
