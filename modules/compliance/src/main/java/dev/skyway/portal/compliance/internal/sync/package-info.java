/**
 * AWS mode: Security Hub CSPM findings (incremental by {@code UpdatedAt}), its enabled standards and controls, and the
 * Config aggregator's compliance by rule and conformance pack, pulled on a schedule through the platform's sync runner.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.compliance.internal.sync;
