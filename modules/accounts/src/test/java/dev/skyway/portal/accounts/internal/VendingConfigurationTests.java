package dev.skyway.portal.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.skyway.portal.accounts.internal.aws.AccountFactoryVendor;
import dev.skyway.portal.accounts.internal.aws.OrganizationsAccountCloser;
import dev.skyway.portal.accounts.internal.aws.OrganizationsAccountVendor;
import dev.skyway.portal.accounts.internal.aws.StackSetsBaselineDeployer;
import dev.skyway.portal.accounts.internal.sandbox.SandboxAccountCloser;
import dev.skyway.portal.accounts.internal.sandbox.SandboxAccountVendor;
import dev.skyway.portal.accounts.internal.sandbox.SandboxBaselineDeployer;
import dev.skyway.portal.accounts.internal.sandbox.SandboxOrganization;
import dev.skyway.portal.accounts.internal.vending.AccountCloser;
import dev.skyway.portal.accounts.internal.vending.AccountVendor;
import dev.skyway.portal.accounts.internal.vending.BaselineDeployer;
import dev.skyway.portal.accounts.internal.vending.BudgetRecorder;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.platform.aws.AwsProperties;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** Which vending adapters the configuration picks for the AWS mode and the vending strategy. */
class VendingConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(VendingConfiguration.class)
            .withBean(DSLContext.class, () -> mock(DSLContext.class))
            .withBean(SandboxOrganization.class, () -> mock(SandboxOrganization.class))
            .withBean(Clock.class, Clock::systemUTC);

    @Test
    void sandboxModeUsesTheSimulation() {
        runner.withBean(AwsClientFactory.class, () -> factory(AwsMode.SANDBOX)).run(context -> {
            assertThat(context.getBean(AccountVendor.class)).isInstanceOf(SandboxAccountVendor.class);
            assertThat(context.getBean(BaselineDeployer.class)).isInstanceOf(SandboxBaselineDeployer.class);
            assertThat(context.getBean(AccountCloser.class)).isInstanceOf(SandboxAccountCloser.class);
        });
    }

    @Test
    void awsModeUsesOrganizationsByDefaultWithStackSetsAndCloseAccount() {
        runner.withBean(AwsClientFactory.class, () -> factory(AwsMode.AWS)).run(context -> {
            assertThat(context.getBean(AccountVendor.class)).isInstanceOf(OrganizationsAccountVendor.class);
            assertThat(context.getBean(AccountVendor.class).name()).isEqualTo("organizations");
            assertThat(context.getBean(BaselineDeployer.class)).isInstanceOf(StackSetsBaselineDeployer.class);
            assertThat(context.getBean(AccountCloser.class)).isInstanceOf(OrganizationsAccountCloser.class);
            assertThat(context).hasSingleBean(BudgetRecorder.class);
        });
    }

    @Test
    void controlTowerStrategyUsesTheAccountFactoryProduct() {
        runner.withBean(AwsClientFactory.class, () -> factory(AwsMode.AWS))
                .withPropertyValues("portal.accounts.vending.strategy=control-tower",
                        "portal.accounts.vending.account-factory.product-id=prod-abcd1234",
                        "portal.accounts.vending.account-factory.provisioning-artifact-id=pa-abcd1234")
                .run(context -> assertThat(context.getBean(AccountVendor.class))
                        .isInstanceOf(AccountFactoryVendor.class));
    }

    @Test
    void controlTowerWithoutTheProductIdsRefusesToStartAndSaysWhatIsMissing() {
        runner.withBean(AwsClientFactory.class, () -> factory(AwsMode.AWS))
                .withPropertyValues("portal.accounts.vending.strategy=control-tower")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("PORTAL_ACCOUNTS_VENDING_ACCOUNTFACTORY_PRODUCTID"));
    }

    @Test
    void anUnknownStrategyRefusesToStart() {
        runner.withBean(AwsClientFactory.class, () -> factory(AwsMode.AWS))
                .withPropertyValues("portal.accounts.vending.strategy=terraform")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("must be organizations or control-tower, not terraform"));
    }

    private static AwsClientFactory factory(AwsMode mode) {
        return new AwsClientFactory(new AwsProperties(mode, "eu-central-1", null, null, null,
                URI.create("http://127.0.0.1:9"), Duration.ofSeconds(5), Duration.ofSeconds(2), 1),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")));
    }
}
