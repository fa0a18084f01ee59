/** The cost views: overview, breakdowns, budgets, anomalies, savings and imports. */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.cost.ui;
