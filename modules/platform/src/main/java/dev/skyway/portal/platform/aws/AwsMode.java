package dev.skyway.portal.platform.aws;

/** Which adapters the business modules use ({@code portal.aws.mode}). */
public enum AwsMode {

    /** The stateful simulation kept in the database: no AWS account or credentials needed. */
    SANDBOX,

    /** Real AWS APIs, through clients from {@link AwsClientFactory}. */
    AWS
}
