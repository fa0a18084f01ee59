/** The platform's wiring: the one clock, scheduling and ShedLock. */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.platform.internal;
