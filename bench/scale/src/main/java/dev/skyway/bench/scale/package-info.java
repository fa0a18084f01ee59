/** The scale benchmark (bench/scale.sh): a large organization in PostgreSQL, load on the REST API, two replicas. */
@org.jspecify.annotations.NullMarked
package dev.skyway.bench.scale;
