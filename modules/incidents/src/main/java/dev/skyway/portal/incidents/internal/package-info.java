/** The incidents module's implementation: settings, stores over the {@code incidents} schema, jobs. */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.incidents.internal;
