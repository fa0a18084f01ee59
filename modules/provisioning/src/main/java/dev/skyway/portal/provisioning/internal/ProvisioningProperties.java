package dev.skyway.portal.provisioning.internal;

import java.time.Duration;

import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The provisioning settings, still under {@code portal.catalog.*} where they were before requests had a module of
 * their own (operators' configuration keeps working). A missing setting takes its documented default.
 *
 * @param secretKey                Base64 AES key (16, 24 or 32 bytes) that encrypts NoEcho parameter values of
 *                                 requests until they are provisioned; no default outside the local profile (without
 *                                 it or {@code portal.secrets.keys}, requests with a NoEcho value are refused). Never
 *                                 generate it per start: stored values must survive restarts. Superseded by the
 *                                 rotatable {@link SecretsProperties portal.secrets.keys}, where it is the key id
 *                                 {@code legacy} and still decrypts values written before key ids existed.
 * @param provisioningPoll         poll provisioning records on a schedule; default true
 * @param provisioningPollInterval pause between polls; default 5s
 * @param sandbox                  the sandbox account's simulation
 * @param lookupRoleName           name of the IAM role the portal assumes in a target account to fill the request
 *                                 form's pickers (ec2:Describe*, ssm:GetParameter); default none: the portal's own
 *                                 credentials (a single-account setup)
 */
@Validated
@ConfigurationProperties("portal.catalog")
public record ProvisioningProperties(String secretKey, Boolean provisioningPoll, Duration provisioningPollInterval,
                                     Sandbox sandbox,
                                     @Pattern(regexp = "[\\w+=,.@-]{1,64}", message = "must be an IAM role name")
                                     String lookupRoleName) {

    public ProvisioningProperties {
        provisioningPoll = provisioningPoll == null || provisioningPoll;
        provisioningPollInterval = provisioningPollInterval == null ? Duration.ofSeconds(5) : provisioningPollInterval;
        sandbox = sandbox == null ? new Sandbox(null) : sandbox;
        lookupRoleName = lookupRoleName == null || lookupRoleName.isBlank() ? null : lookupRoleName;
    }

    /** @param provisioningDelay how long a sandbox provisioning record stays IN_PROGRESS; default 3s */
    public record Sandbox(Duration provisioningDelay) {

        public Sandbox {
            provisioningDelay = provisioningDelay == null ? Duration.ofSeconds(3) : provisioningDelay;
        }
    }
}
