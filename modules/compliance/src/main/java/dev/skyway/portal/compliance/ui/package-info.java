/**
 * The security team's compliance views: the home (scores, trends, worst accounts and teams, what changed, expiring
 * waivers; engineers' fix-first list), the finding list and a finding's page with the waiver request, waivers and
 * attestations, frameworks (with upload and the evidence pack link), drift of provisioned stacks, and the account
 * page's compliance section.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.compliance.ui;
