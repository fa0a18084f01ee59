/** The approvals REST API: the inbox and decisions, approval policies and delegations. */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.approvals.api;
