package dev.skyway.portal.provisioning.internal;

import java.time.Clock;

import org.jooq.DSLContext;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.provisioning.internal.aws.AwsNetworkLookup;
import dev.skyway.portal.provisioning.internal.aws.AwsProvisioner;
import dev.skyway.portal.provisioning.internal.aws.MemberAccountCredentials;
import dev.skyway.portal.provisioning.internal.network.NetworkLookup;
import dev.skyway.portal.provisioning.internal.network.NetworkLookupException;
import dev.skyway.portal.provisioning.internal.requests.SecretBox;
import dev.skyway.portal.provisioning.internal.sandbox.SandboxNetwork;
import dev.skyway.portal.provisioning.internal.sandbox.SandboxProvisioner;

import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.servicecatalog.ServiceCatalogClient;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Picks the provisioner and the request form's network lookup for {@code portal.aws.mode}: AWS (Service Catalog,
 * EC2 and SSM in the target account) or the sandbox simulation; and the box that keeps NoEcho values encrypted.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ProvisioningProperties.class, SecretsProperties.class})
class ProvisioningConfiguration {

    @Bean
    Provisioner provisioner(AwsClientFactory aws, DSLContext db, Clock clock, ProvisioningProperties properties) {
        if (aws.mode() == AwsMode.SANDBOX) {
            return new SandboxProvisioner(db, clock, properties.sandbox().provisioningDelay());
        }
        return new AwsProvisioner(aws.create(ServiceCatalogClient.builder()));
    }

    @Bean
    NetworkLookup networkLookup(AwsClientFactory aws, ProvisioningProperties properties,
                                MemberAccountCredentials memberCredentials) {
        if (aws.mode() == AwsMode.SANDBOX) {
            return new SandboxNetwork();
        }
        // without a role in the member accounts the portal would list its own account's resources under another
        // account's name: the pickers say what to configure and the form takes text instead
        return new AwsNetworkLookup(aws.create(Ec2Client.builder()), aws.create(SsmClient.builder()),
                properties.lookupRoleName() != null ? memberCredentials : account -> {
                    throw new NetworkLookupException("The portal has no role to look into account " + account
                            + " (set portal.catalog.lookup-role-name)", null, null);
                });
    }

    @Bean
    MemberAccountCredentials memberAccountCredentials(AwsClientFactory aws, ProvisioningProperties properties) {
        String role = aws.mode() == AwsMode.SANDBOX ? null : properties.lookupRoleName();
        return new MemberAccountCredentials(role == null ? null : aws.create(StsClient.builder()), role,
                "skyway-parameter-pickers");
    }

    @Bean
    SecretBox requestSecretBox(SecretsProperties secrets, ProvisioningProperties properties) {
        return new SecretBox(secrets.keys(), secrets.activeKeyId(), properties.secretKey());
    }
}
