package dev.skyway.portal.accounts.internal;

import java.time.Clock;

import org.jooq.DSLContext;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.skyway.portal.accounts.internal.aws.AccountFactoryVendor;
import dev.skyway.portal.accounts.internal.aws.AwsBudgetRecorder;
import dev.skyway.portal.accounts.internal.aws.OrganizationsAccountCloser;
import dev.skyway.portal.accounts.internal.aws.OrganizationsAccountVendor;
import dev.skyway.portal.accounts.internal.aws.StackSetsBaselineDeployer;
import dev.skyway.portal.accounts.internal.requests.VendingProperties;
import dev.skyway.portal.accounts.internal.sandbox.SandboxAccountCloser;
import dev.skyway.portal.accounts.internal.sandbox.SandboxAccountVendor;
import dev.skyway.portal.accounts.internal.sandbox.SandboxBaselineDeployer;
import dev.skyway.portal.accounts.internal.sandbox.SandboxBudgetRecorder;
import dev.skyway.portal.accounts.internal.sandbox.SandboxOrganization;
import dev.skyway.portal.accounts.internal.vending.AccountCloser;
import dev.skyway.portal.accounts.internal.vending.AccountVendor;
import dev.skyway.portal.accounts.internal.vending.BaselineDeployer;
import dev.skyway.portal.accounts.internal.vending.BudgetRecorder;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import software.amazon.awssdk.services.budgets.BudgetsClient;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.servicecatalog.ServiceCatalogClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Picks the vending adapters for {@code portal.aws.mode}: the sandbox organization's, or AWS's (Organizations
 * CreateAccount or Control Tower Account Factory by {@code portal.accounts.vending.strategy}, StackSets, Budgets,
 * CloseAccount).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VendingProperties.class)
class VendingConfiguration {

    @Bean
    AccountVendor accountVendor(AwsClientFactory aws, DSLContext db, SandboxOrganization sandbox, Clock clock,
                                VendingProperties properties) {
        if (aws.mode() == AwsMode.SANDBOX) {
            return new SandboxAccountVendor(db, sandbox, clock, properties.sandbox().creationDelay(),
                    properties.sandbox().accountLimit());
        }
        return switch (properties.strategy()) {
            case OrganizationsAccountVendor.NAME ->
                    new OrganizationsAccountVendor(aws.create(OrganizationsClient.builder()));
            case AccountFactoryVendor.NAME -> {
                VendingProperties.AccountFactory factory = properties.accountFactory();
                if (factory.productId() == null || factory.provisioningArtifactId() == null) {
                    throw new IllegalStateException("portal.accounts.vending.strategy=control-tower needs "
                            + "portal.accounts.vending.account-factory.product-id and provisioning-artifact-id "
                            + "(PORTAL_ACCOUNTS_VENDING_ACCOUNTFACTORY_PRODUCTID, ..._PROVISIONINGARTIFACTID)");
                }
                yield new AccountFactoryVendor(aws.create(ServiceCatalogClient.builder()), factory.productId(),
                        factory.provisioningArtifactId(), factory.pathId());
            }
            default -> throw new IllegalStateException("portal.accounts.vending.strategy must be organizations or "
                    + "control-tower, not " + properties.strategy());
        };
    }

    @Bean
    BaselineDeployer baselineDeployer(AwsClientFactory aws, DSLContext db, SandboxOrganization sandbox, Clock clock,
                                      VendingProperties properties) {
        if (aws.mode() == AwsMode.SANDBOX) {
            return new SandboxBaselineDeployer(db, sandbox, clock, properties.sandbox().baselineDelay());
        }
        return new StackSetsBaselineDeployer(aws.create(CloudFormationClient.builder()),
                properties.stackSets().serviceManagedRootId(), properties.stackSets().delegatedAdmin());
    }

    @Bean
    BudgetRecorder budgetRecorder(AwsClientFactory aws, VendingProperties properties) {
        if (aws.mode() == AwsMode.SANDBOX) {
            return new SandboxBudgetRecorder();
        }
        String configured = properties.budgets().managementAccountId();
        if (configured != null) {
            return new AwsBudgetRecorder(aws.create(BudgetsClient.builder()), configured);
        }
        // Without a configured id, the budgets go to the account of the portal's own credentials; asked on first
        // use, so a portal that never vends never calls STS.
        BudgetsClient budgets = aws.create(BudgetsClient.builder());
        java.util.function.Supplier<BudgetRecorder> lazy = org.springframework.util.function.SingletonSupplier.of(
                () -> {
                    try (StsClient sts = aws.create(StsClient.builder())) {
                        return new AwsBudgetRecorder(budgets, sts.getCallerIdentity().account());
                    } catch (software.amazon.awssdk.core.exception.SdkException e) {
                        throw new dev.skyway.portal.accounts.internal.vending.VendingException(
                                "Could not tell which account to create the budget in (STS GetCallerIdentity "
                                        + "failed); set PORTAL_ACCOUNTS_VENDING_BUDGETS_MANAGEMENTACCOUNTID",
                                null, null, true, e);
                    }
                });
        return (accountId, name, limit, emails) -> lazy.get().create(accountId, name, limit, emails);
    }

    @Bean
    AccountCloser accountCloser(AwsClientFactory aws, DSLContext db, SandboxOrganization sandbox, Clock clock,
                                VendingProperties properties) {
        if (aws.mode() == AwsMode.SANDBOX) {
            return new SandboxAccountCloser(db, sandbox, clock, properties.sandbox().closeDelay());
        }
        return new OrganizationsAccountCloser(aws.create(OrganizationsClient.builder()), properties.suspendedOuId());
    }

}
