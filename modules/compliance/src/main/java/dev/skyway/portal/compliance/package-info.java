/**
 * Compliance: the security team's view of the organization's accounts. Findings come from AWS Security Hub CSPM,
 * the AWS Config aggregator, Prowler (OCSF JSON and CSV), other tools' ASFF (uploaded, or dropped under an S3 prefix or
 * in a local directory) and, in sandbox mode, a generator; they are
 * normalized to one finding per (source, account, region, resource, control), deduplicated across tools where controls
 * are equivalent (the mapping is data). Frameworks are data too (Prowler's compliance JSON format): requirements
 * mapped to checks, scored as Security Hub scores standards, per account, OU and team. Waivers and attestations are
 * approval subjects; drift is read from CloudFormation for the stacks the portal provisioned. {@link
 * dev.skyway.portal.compliance.ComplianceImports}, {@link dev.skyway.portal.compliance.ComplianceFindings}, {@link
 * dev.skyway.portal.compliance.ComplianceFrameworks} and {@link dev.skyway.portal.compliance.ComplianceScores} are the
 * facades.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Compliance", allowedDependencies = {
        "platform :: identity", // who is asking (role checks, which accounts an engineer sees)
        "platform :: audit",    // imports and framework uploads are recorded in the audit ledger
        "platform :: aws",      // the AWS client factory, the sandbox/aws mode switch, paging and failures
        "platform :: jobs",     // syncs and drift checks run in the background with a visible status
        "platform :: uikit",    // page header, empty state, charts, CSV export
        "platform :: notify",   // waiver expiry notices
        "platform :: home",     // scores, new failures, expiring waivers and drift on the start page
        "platform :: kept",     // control statuses, totals and changes kept until the findings change
        "approvals",            // waivers and attestations are approved through the subject API
        "accounts",             // the inventory: an account's OU and owner team (scores, visibility)
        "provisioning"          // the stacks behind provisioned products (drift), and its ResourceDrifts extension
})
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.compliance;
