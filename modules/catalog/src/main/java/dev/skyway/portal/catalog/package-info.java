/**
 * The service catalog: what AWS Service Catalog offers this organization (portfolios, products, versions and their
 * CloudFormation parameters), kept in the portal's {@code catalog} schema by a scheduled and on-demand sync from a
 * {@code ProductCatalogSource} (the real AWS API, or the sandbox simulation), plus the parameter rules, template
 * checks and monthly cost models. {@link dev.skyway.portal.catalog.Catalog} is the facade. What is requested from
 * the catalog, and provisioned, is the {@code provisioning} module's business; this module never depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog", allowedDependencies = {
        "platform :: identity", // who is asking (role checks in the facade)
        "platform :: audit",    // manual syncs are recorded in the audit ledger
        "platform :: aws",      // the AWS client factory and the sandbox/aws mode switch
        "platform :: jobs",     // syncs started from the UI run in the background
        "platform :: uikit",    // page header, empty state and money/time formats in the views
        "platform :: money"     // estimates and cost models are Money
})
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.catalog;
