/**
 * Savings recommendations and what they saved: the store that keeps each source's recommendations in step with the
 * source (new ones open, vanished open ones dismissed, decisions kept), the realized-savings measure and commitment
 * coverage and utilization over the daily rollups, and which team's accounts a recommendation is on.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.cost.internal.savings;
