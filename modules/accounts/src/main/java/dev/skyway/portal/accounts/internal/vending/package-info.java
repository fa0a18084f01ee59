/**
 * The vending ports (create, baseline, budget and close an account) the AWS and sandbox adapters implement, and what
 * they answer.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.accounts.internal.vending;
