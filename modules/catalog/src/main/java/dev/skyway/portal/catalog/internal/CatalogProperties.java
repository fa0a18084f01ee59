package dev.skyway.portal.catalog.internal;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code portal.catalog.*}. Null arguments take the documented defaults.
 *
 * @param scheduledSync            sync on a schedule; default true
 * @param syncInterval             pause between the end of one scheduled sync and the next; default 1h
 * @param syncInitialDelay         first scheduled sync after start; default 10s
 * @param templateFetchTimeout     fetching one template from its (presigned S3) URL; default 20s
 * @param maxTemplateBytes         larger templates are refused; default 1 MiB (CloudFormation's limit for S3)
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
public record CatalogProperties(Boolean scheduledSync, Duration syncInterval, Duration syncInitialDelay,
                                Duration templateFetchTimeout,
                                @Min(1024) @Max(10_485_760) Integer maxTemplateBytes, String secretKey,
                                Boolean provisioningPoll, Duration provisioningPollInterval, Sandbox sandbox,
                                @Pattern(regexp = "[\\w+=,.@-]{1,64}", message = "must be an IAM role name")
                                String lookupRoleName) {

    public CatalogProperties {
        scheduledSync = scheduledSync == null || scheduledSync;
        syncInterval = syncInterval == null ? Duration.ofHours(1) : syncInterval;
        syncInitialDelay = syncInitialDelay == null ? Duration.ofSeconds(10) : syncInitialDelay;
        templateFetchTimeout = templateFetchTimeout == null ? Duration.ofSeconds(20) : templateFetchTimeout;
        maxTemplateBytes = maxTemplateBytes == null ? 1_048_576 : maxTemplateBytes;
        provisioningPoll = provisioningPoll == null || provisioningPoll;
        provisioningPollInterval = provisioningPollInterval == null ? Duration.ofSeconds(5) : provisioningPollInterval;
        sandbox = sandbox == null ? new Sandbox(null) : sandbox;
        lookupRoleName = lookupRoleName == null || lookupRoleName.isBlank() ? null : lookupRoleName;
    }

    public static CatalogProperties defaults() {
        return new CatalogProperties(null, null, null, null, null, null, null, null, null, null);
    }

    /** @param provisioningDelay how long a sandbox provisioning record stays IN_PROGRESS; default 3s */
    public record Sandbox(Duration provisioningDelay) {

        public Sandbox {
            provisioningDelay = provisioningDelay == null ? Duration.ofSeconds(3) : provisioningDelay;
        }
    }
}
