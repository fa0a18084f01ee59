package dev.skyway.portal.platform.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * The one place AWS SDK v2 sync clients are built, so that every client gets the same region, credentials,
 * endpoint override, standard retries with {@code maxAttempts}, call and attempt timeouts, and one shared HTTP
 * connection pool. Usage: {@code factory.create(CloudFormationClient.builder())}.
 *
 * <p>With a role ARN, clients sign with credentials from STS AssumeRole (fetched on first use and refreshed before
 * they expire), obtained with the base credentials through an STS client built with these same settings.
 * Credentials are never logged.
 *
 * <p>The factory owns what it is given and builds: {@link #close()} closes the service clients it created (each
 * holds a scheduler thread for its timeouts), then the credentials providers, the STS client and the HTTP client.
 * Owners of a client may close it earlier; closing twice is harmless.
 */
public class AwsClientFactory implements AutoCloseable {

    private final AwsProperties properties;
    /** Built with the first client: a sandbox portal, which builds none, never loads it (nor its TLS setup). */
    private @Nullable SdkHttpClient httpClient;
    private final AwsCredentialsProvider baseCredentials;
    private final @Nullable StsClient assumeRoleSts;
    private final AwsCredentialsProvider credentials;
    private final List<SdkAutoCloseable> created = new ArrayList<>();

    /**
     * @param baseCredentials the default credentials chain in production; tests pass static credentials
     */
    public AwsClientFactory(AwsProperties properties, AwsCredentialsProvider baseCredentials) {
        this.properties = Objects.requireNonNull(properties, "properties");
        this.baseCredentials = Objects.requireNonNull(baseCredentials, "baseCredentials");
        if (properties.roleArn() == null) {
            this.assumeRoleSts = null;
            this.credentials = baseCredentials;
        } else {
            this.assumeRoleSts = configure(StsClient.builder(), baseCredentials);
            this.credentials = StsAssumeRoleCredentialsProvider.builder()
                    .stsClient(assumeRoleSts)
                    .refreshRequest(request -> request
                            .roleArn(properties.roleArn())
                            .roleSessionName(properties.roleSessionName())
                            .externalId(properties.externalId()))
                    .build();
        }
    }

    /** Whether modules should use their AWS adapters or their sandbox simulation. */
    public AwsMode mode() {
        return properties.mode();
    }

    public Region region() {
        return Region.of(properties.region());
    }

    /**
     * Builds a client from a fresh builder of any AWS service, e.g. {@code StsClient.builder()}.
     * Settings already made on the builder that the factory also sets are overwritten.
     */
    public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C create(B builder) {
        C client = configure(builder, credentials);
        if (client instanceof SdkAutoCloseable closeable) {
            synchronized (created) {
                created.add(closeable);
            }
        }
        return client;
    }

    /**
     * Like {@link #create(AwsClientBuilder)}, for a service that answers in one region only whatever the portal's
     * region (Cost Explorer and AWS Budgets: {@code us-east-1}). An endpoint override still wins (tests, proxies).
     */
    public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C createIn(Region region, B builder) {
        C client = configure(builder, credentials, region);
        if (client instanceof SdkAutoCloseable closeable) {
            synchronized (created) {
                created.add(closeable);
            }
        }
        return client;
    }

    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C configure(
            B builder, AwsCredentialsProvider credentialsProvider) {
        return configure(builder, credentialsProvider, region());
    }

    private <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C configure(
            B builder, AwsCredentialsProvider credentialsProvider, Region region) {
        builder.region(region)
                .credentialsProvider(credentialsProvider)
                // a shared client is not closed by the service clients that use it; close() does it
                .httpClient(httpClient())
                .overrideConfiguration(overrideConfiguration());
        if (properties.endpointOverride() != null) {
            builder.endpointOverride(properties.endpointOverride());
        }
        return builder.build();
    }

    private synchronized SdkHttpClient httpClient() {
        if (httpClient == null) {
            httpClient = ApacheHttpClient.builder().build();
        }
        return httpClient;
    }

    private ClientOverrideConfiguration overrideConfiguration() {
        // a new strategy per client: its retry token bucket should not be shared between services
        return ClientOverrideConfiguration.builder()
                .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                        .maxAttempts(properties.maxAttempts())
                        .build())
                .apiCallTimeout(properties.apiCallTimeout())
                .apiCallAttemptTimeout(properties.apiCallAttemptTimeout())
                .build();
    }

    @Override
    public void close() {
        synchronized (created) {
            created.forEach(SdkAutoCloseable::close);
            created.clear();
        }
        if (credentials instanceof SdkAutoCloseable closeable) {
            closeable.close();
        }
        if (assumeRoleSts != null) {
            assumeRoleSts.close();
        }
        if (baseCredentials instanceof SdkAutoCloseable closeable) {
            closeable.close();
        }
        synchronized (this) {
            if (httpClient != null) {
                httpClient.close();
            }
        }
    }
}
