/**
 * Provisioning: what engineers request from the catalog and what they then own. A product request is checked
 * against the product's rules and the target account, approved through the approvals module, provisioned (Service
 * Catalog or the sandbox simulation) and followed to its outputs; the provisioned resource is then updated or
 * terminated by day-2 requests that go through the same approvals. Kept in the portal's {@code provisioning}
 * schema. {@link dev.skyway.portal.provisioning.ProductRequests} and
 * {@link dev.skyway.portal.provisioning.ProvisionedResources} are the facades.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Provisioning", allowedDependencies = {
        "platform :: identity",  // who is asking (role checks in the facades)
        "platform :: audit",     // request events are recorded in the audit ledger
        "platform :: aws",       // the AWS client factory and the sandbox/aws mode switch
        "platform :: uikit",     // page header, empty state and money/time formats in the views
        "platform :: directory", // a request's target account is checked against the inventory (AccountDirectory)
        "platform :: money",     // cost estimates
        "platform :: changes",   // tells what its requests changed on an account (AccountChangeSource)
        "platform :: home",      // my open requests and my resources on the start page
        "approvals",             // requests are approved by the approval engine (submit, verdict events)
        "catalog",               // the product, version and parameters a request is for
        "catalog :: ui"          // the catalog's parameter rows and badges in the request form
})
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.provisioning;
