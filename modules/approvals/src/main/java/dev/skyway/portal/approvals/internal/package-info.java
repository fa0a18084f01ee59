/**
 * The approval engine's implementation: policies (parsing, routing, versions), processes and stages, decisions,
 * separation of duties, delegations, SLAs and notifications.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.approvals.internal;
