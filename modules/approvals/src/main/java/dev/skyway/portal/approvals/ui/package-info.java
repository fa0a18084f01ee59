/** The approvals views: the approver's inbox and task panel, approval policies with their preview, and delegations. */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.approvals.ui;
