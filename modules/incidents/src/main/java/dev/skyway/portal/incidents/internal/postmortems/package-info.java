/** Postmortems: their store, the template, the Markdown export and the overdue action item reminders. */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.incidents.internal.postmortems;
