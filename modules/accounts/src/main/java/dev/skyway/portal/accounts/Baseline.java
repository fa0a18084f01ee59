package dev.skyway.portal.accounts;

/**
 * A baseline a new account can get: a CloudFormation StackSet deployed to the account.
 *
 * @param id           stable id used in requests, e.g. {@code security-baseline}
 * @param name         for people, e.g. "Security baseline"
 * @param stackSetName the StackSet deployed
 * @param description  what it sets up
 */
public record Baseline(String id, String name, String stackSetName, String description) {
}
