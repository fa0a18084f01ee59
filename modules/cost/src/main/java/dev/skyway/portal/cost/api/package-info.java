/** The cost REST API under {@code /api/v1/cost}: imports, breakdowns, daily series, forecasts and anomalies. */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.cost.api;
