/**
 * The sandbox organization: a simulated AWS Organizations (and vending, baselines, budgets, closing) kept in the
 * database, for local use and tests.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.accounts.internal.sandbox;
