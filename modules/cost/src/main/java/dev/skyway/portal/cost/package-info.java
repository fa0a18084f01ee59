/**
 * Cost: what the organization's AWS accounts cost, for finance, managers and engineers. Cost data comes in as FOCUS
 * (FinOps Open Cost and Usage Specification) line items: uploaded files, AWS Data Exports deliveries in S3, Cost
 * Explorer or Athena for organizations without local exports, and a deterministic generator in sandbox mode. DuckDB
 * (embedded) reads the files and aggregates them into <b>daily rollups</b> in the portal's {@code cost} schema;
 * dashboards, showback, budgets, forecasts and anomalies read the rollups only. {@link
 * dev.skyway.portal.cost.CostImports} (imports) and {@link dev.skyway.portal.cost.CostReports} (what the views and
 * the API show) are the facades.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cost", allowedDependencies = {
        "platform :: identity",  // who is asking (role checks, what an engineer may see)
        "platform :: audit",     // imports, rules and budgets are recorded in the audit ledger
        "platform :: aws",       // the AWS client factory, the sandbox/aws mode switch, paging and failures
        "platform :: jobs",      // imports and syncs run in the background with a visible status
        "platform :: uikit",     // page header, empty state, charts, CSV export
        "platform :: notify",    // budget alerts (email, Slack-compatible webhook)
        "platform :: money",     // amounts with their currency
        "platform :: kept",      // sums over the rollups kept until an import replaces billing periods
        "platform :: changes",   // the portal's changes on an account explain its cost anomalies (AccountChanges)
        "platform :: home",      // the cost card on the start page (my teams against budget, the month so far)
        "accounts",              // the inventory: account names, OUs, owner teams and cost centers (allocation)
        "provisioning"           // estimate vs actual: implements its ResourceCosts extension point
})
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.cost;
