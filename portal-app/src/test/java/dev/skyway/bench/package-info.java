/** Benchmarks of the running application (bench/startup.sh): not tests, run with their own main methods. */
@NullMarked
package dev.skyway.bench;

import org.jspecify.annotations.NullMarked;
