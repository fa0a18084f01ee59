package dev.skyway.portal.accounts.internal;

import java.time.Clock;

import org.jooq.DSLContext;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
        // ==== AWS ADAPTER WIRING (at merge) ====
        // properties.strategy(): "organizations" -> Organizations CreateAccount adapter with
        //   aws.create(OrganizationsClient.builder());
        // "control-tower" -> Account Factory adapter with aws.create(ServiceCatalogClient.builder()) and
        //   properties.accountFactory().productId() / provisioningArtifactId() / pathId().
        return new NotWiredVending(properties.strategy());
    }

    @Bean
    BaselineDeployer baselineDeployer(AwsClientFactory aws, DSLContext db, SandboxOrganization sandbox, Clock clock,
                                      VendingProperties properties) {
        if (aws.mode() == AwsMode.SANDBOX) {
            return new SandboxBaselineDeployer(db, sandbox, clock, properties.sandbox().baselineDelay());
        }
        // ==== AWS ADAPTER WIRING (at merge) ====
        // StackSets adapter with aws.create(CloudFormationClient.builder()), properties.stackSets().callAs()
        //   and administrationRoleArn(); regions come per call from properties.baselineRegions().
        return new NotWiredVending("stacksets");
    }

    @Bean
    BudgetRecorder budgetRecorder(AwsClientFactory aws) {
        if (aws.mode() == AwsMode.SANDBOX) {
            return new SandboxBudgetRecorder();
        }
        // ==== AWS ADAPTER WIRING (at merge) ====
        // Budgets adapter with aws.create(BudgetsClient.builder()) (the management account's id from STS or
        //   configuration); notification emails come per call from properties.budgets().notificationEmails().
        return new NotWiredVending("budgets");
    }

    @Bean
    AccountCloser accountCloser(AwsClientFactory aws, DSLContext db, SandboxOrganization sandbox, Clock clock,
                                VendingProperties properties) {
        if (aws.mode() == AwsMode.SANDBOX) {
            return new SandboxAccountCloser(db, sandbox, clock, properties.sandbox().closeDelay());
        }
        // ==== AWS ADAPTER WIRING (at merge) ====
        // CloseAccount adapter with aws.create(OrganizationsClient.builder()).
        return new NotWiredVending("close-account");
    }

}
