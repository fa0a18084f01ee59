package dev.skyway.portal.platform.aws.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.platform.aws.AwsProperties;

/** Binding and validation of {@code portal.aws.*}, and a factory that starts without touching AWS. */
class AwsConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(AwsConfiguration.class);

    @Test
    void defaultsApplyWhenNothingIsSet() {
        runner.run(context -> {
            assertThat(context.getBean(AwsProperties.class)).isEqualTo(new AwsProperties(AwsMode.AWS, "us-east-1",
                    null, null, "skyway-portal", null, Duration.ofSeconds(30), Duration.ofSeconds(10), 3));
            assertThat(context.getBean(AwsClientFactory.class).mode()).isEqualTo(AwsMode.AWS);
        });
    }

    @Test
    void everySettingBindsAndModeIgnoresCase() {
        runner.withPropertyValues("portal.aws.mode=sandbox", "portal.aws.region=eu-central-1",
                "portal.aws.role-arn=arn:aws:iam::123456789012:role/skyway", "portal.aws.external-id=ext-1",
                "portal.aws.role-session-name=skyway-test", "portal.aws.endpoint-override=http://127.0.0.1:4566",
                "portal.aws.api-call-timeout=20s", "portal.aws.api-call-attempt-timeout=5s",
                "portal.aws.max-attempts=5").run(context -> {
            assertThat(context.getBean(AwsProperties.class)).isEqualTo(new AwsProperties(AwsMode.SANDBOX,
                    "eu-central-1", "arn:aws:iam::123456789012:role/skyway", "ext-1", "skyway-test",
                    URI.create("http://127.0.0.1:4566"), Duration.ofSeconds(20), Duration.ofSeconds(5), 5));
            // with a role ARN and no reachable AWS, the context still starts: credentials are fetched on first use
            assertThat(context.getBean(AwsClientFactory.class).mode()).isEqualTo(AwsMode.SANDBOX);
        });
    }

    @Test
    void roleArnMustBeAnIamRoleArn() {
        runner.withPropertyValues("portal.aws.role-arn=skyway-reader")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("roleArn").hasMessageContaining("must be an IAM role ARN"));
    }

    @Test
    void attemptTimeoutMayNotExceedTheCallTimeout() {
        runner.withPropertyValues("portal.aws.api-call-timeout=5s", "portal.aws.api-call-attempt-timeout=10s")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("api-call-attempt-timeout <= api-call-timeout"));
    }

    @Test
    void externalIdNeedsARole() {
        runner.withPropertyValues("portal.aws.external-id=ext-1")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("external-id needs portal.aws.role-arn"));
    }

    @Test
    void maxAttemptsIsBounded() {
        runner.withPropertyValues("portal.aws.max-attempts=0")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("maxAttempts"));
    }
}
