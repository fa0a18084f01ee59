/**
 * The cost engine: DuckDB reads FOCUS files (CSV, gzip CSV, Parquet), checks and normalizes them, and aggregates
 * them into daily rollups, which {@link dev.skyway.portal.cost.internal.engine.RollupStore} writes to the
 * {@code cost} schema, replacing whole billing periods at once.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.cost.internal.engine;
