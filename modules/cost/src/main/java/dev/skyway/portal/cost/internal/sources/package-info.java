/**
 * Where cost data comes from in AWS mode, chosen by {@code portal.cost.source}: Data Exports deliveries in S3
 * (imported with DuckDB), Athena over the exports table, or Cost Explorer (with its request budget). One scheduled,
 * visible sync ({@code cost}) pulls from the chosen source; dashboards never call AWS.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.cost.internal.sources;
