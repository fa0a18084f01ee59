/**
 * The incident views: the incident list and declaring one, the incident page (status, typed timestamps, lifecycle,
 * roles, timeline with notes, what the portal changed, attached alerts, tasks and status updates), the alerts, the
 * admins' integrations and routing rules, postmortems and metrics.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.incidents.ui;
