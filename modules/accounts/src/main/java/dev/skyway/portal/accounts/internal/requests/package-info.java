/**
 * Account requests behind the facade: their store, lifecycle, checks and the vending job that creates, baselines,
 * budgets and closes accounts.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.accounts.internal.requests;
