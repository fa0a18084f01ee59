package dev.skyway.portal.compliance.internal.aws;

import org.jspecify.annotations.Nullable;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;

/**
 * How the drift adapter reaches a stack, which may live in another account and Region than the portal: a client for
 * the stack's Region, and the credentials to sign with in its account (a role the portal assumes there). Clients
 * from the platform's factory all sign as the portal, hence the per-request credentials.
 */
public interface CloudFormationClients {

    /** A client for the stack's Region ({@link StackArn#region()}). */
    CloudFormationClient client(StackArn stack);

    /** The credentials for the stack's account; absent: the client's own. */
    default @Nullable AwsCredentialsProvider credentials(StackArn stack) {
        return null;
    }

    /** One client for every stack, signing with its own credentials (a single-account, single-Region setup). */
    static CloudFormationClients of(CloudFormationClient client) {
        return stack -> client;
    }
}
