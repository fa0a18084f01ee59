/** The incidents module's views: incidents, postmortems, metrics, and the panels of an incident page. */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.incidents.ui;
