/** Forecasts (Holt-Winters with weekly seasonality and prediction intervals) and anomaly detection (modified z-score). */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.cost.internal.analysis;
