/**
 * Budgets: their storage, where each stands in its current period (actual so far and forecast, from the rollups or,
 * in AWS mode, from AWS Budgets), the budgets recorded at account vending, threshold alerts sent once per threshold
 * and period, and the accounts module's {@code TeamSpend}.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.cost.internal.budgets;
