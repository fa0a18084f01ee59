package dev.skyway.portal.provisioning;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The CloudFormation stack behind a provisioned product (its {@code CloudformationStackARN} output), for modules
 * that look at the stacks themselves (the compliance module's drift checks).
 *
 * @param resourceId  the resource's id (the CREATE request that provisioned it)
 * @param team        the requester's team, who owns the resource; absent when they had none
 * @param stackArn    the stack's ARN, e.g. {@code arn:aws:cloudformation:eu-west-1:111122223333:stack/SC-.../...}
 */
public record ProvisionedStack(UUID resourceId, String accountId, @Nullable String team, String name,
                               String productName, String stackArn) {

    /** Service Catalog's output key; the sandbox writes {@code CloudFormationStackArn}: compare ignoring case. */
    public static final String OUTPUT_KEY = "CloudformationStackARN";
}
