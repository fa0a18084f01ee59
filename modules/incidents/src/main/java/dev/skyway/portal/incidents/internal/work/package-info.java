/** The work of a running incident: its tasks, status updates and subscribers. */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.incidents.internal.work;
