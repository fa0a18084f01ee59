/**
 * The service catalog: what AWS Service Catalog offers this organization (portfolios, products, versions and their
 * CloudFormation parameters), kept in the portal's {@code catalog} schema by a scheduled and on-demand sync from a
 * {@code ProductCatalogSource} (the real AWS API, or the sandbox simulation), plus the parameter rules and monthly
 * cost estimates, and product requests: checked, approved through the approvals module, provisioned
 * (sandbox or AWS) and followed to their outputs. {@link dev.skyway.portal.catalog.Catalog} is the facade.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog", allowedDependencies = {
        "platform :: identity", // who is asking (role checks in the facade)
        "platform :: audit",    // manual syncs are recorded in the audit ledger
        "platform :: aws",      // the AWS client factory and the sandbox/aws mode switch
        "platform :: jobs",     // syncs started from the UI run in the background
        "platform :: uikit",    // page header, empty state and money/time formats in the views
        "platform :: directory", // a request's target account is checked against the inventory (AccountDirectory)
        "approvals"             // product requests are approved by the approval engine (submit, verdict events)
})
package dev.skyway.portal.catalog;
