/** Benchmarks run by the scripts in {@code bench/} (never by the test suite). */
@org.jspecify.annotations.NullMarked
package dev.skyway.bench;
