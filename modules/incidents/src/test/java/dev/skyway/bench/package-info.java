/** The incidents benchmark (bench/incidents.sh): intake throughput and the list and metrics pages at scale. */
@org.jspecify.annotations.NullMarked
package dev.skyway.bench;
