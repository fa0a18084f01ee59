/**
 * Incidents: where the alerts of the organization's AWS accounts and monitoring arrive, where an incident is run and
 * where the team learns from it. Integrations (Amazon SNS with signature verification, Prometheus Alertmanager, an
 * Events API in the shape of PagerDuty Events v2) turn messages into deduplicated alerts; routing rules open or
 * attach incidents; an incident moves through {@code TRIGGERED → ACKNOWLEDGED → MITIGATED → RESOLVED → CLOSED} with
 * typed timestamps, roles, an append-only timeline, tasks and status updates; while a SEV1 or SEV2 is open, approvals
 * of changes to its accounts are held; postmortems carry action items. What only the portal can add: the changes it
 * made on the affected accounts before impact started.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Incidents", allowedDependencies = {
        "platform :: identity",  // who is acting (roles, the incident's commander and other roles)
        "platform :: audit",     // integrations, transitions and releases are recorded in the audit ledger
        "platform :: notify",    // status updates to subscribers (email, Slack-compatible webhook)
        "platform :: jobs",      // the raw payload purge and reminders run as scheduled jobs
        "platform :: changes",   // what the portal changed on the affected accounts (AccountChanges)
        "platform :: web",       // the intake endpoints are open to senders without a portal login (OpenEndpoints)
        "platform :: uikit",     // the views: page header, empty state, confirmations, formats, charts
        "platform :: aws",       // the sandbox/aws mode switch (the alert simulator and the sandbox history)
        "platform :: home",      // open incidents, freezes and the integrations' last messages on the start page
        "approvals",             // the change freeze holds approval stages through the subject API
        "accounts",              // affected accounts link to the inventory
        "cost"                   // the incident page shows the affected accounts' daily cost around it (CostReports)
})
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.incidents;
