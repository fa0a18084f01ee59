/**
 * The accounts module's AWS adapters: Organizations, Control Tower Account Factory, CloudFormation StackSets and
 * Budgets, with their errors in the portal's words.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.accounts.internal.aws;
