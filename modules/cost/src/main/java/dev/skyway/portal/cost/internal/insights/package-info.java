/** The overview's figures, forecasts over the rollups and the anomalies found in them (with their explanations). */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.cost.internal.insights;
