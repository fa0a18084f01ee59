/** The cost module's implementation: settings, jobs and the wiring of sources to the engine. */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.cost.internal;
