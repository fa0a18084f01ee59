/** Incident metrics: the typed timestamps of the incidents in a range, and the means and counts made of them. */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.incidents.internal.metrics;
