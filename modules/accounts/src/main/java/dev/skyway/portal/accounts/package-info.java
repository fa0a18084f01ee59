/**
 * The account inventory: the AWS organization's root, organizational units and accounts (with their tags, owner team
 * and cost center), kept in the portal's {@code accounts} schema by a scheduled and on-demand sync from an
 * {@code OrganizationDirectory} (the real AWS Organizations API, or the sandbox simulation); and account vending:
 * account requests approved through the approvals module, a visible queue with at most N operations in flight,
 * account creation (sandbox, Organizations CreateAccount or Control Tower Account Factory), baseline StackSets, a
 * budget, and closing accounts. {@link dev.skyway.portal.accounts.Accounts} (inventory) and
 * {@link dev.skyway.portal.accounts.AccountRequests} (vending) are the facades.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts", allowedDependencies = {
        "platform :: identity", // who is asking (the facade's role checks, the admin's sync button)
        "platform :: audit",    // manual syncs are recorded in the audit ledger
        "platform :: aws",      // the AWS client factory and the sandbox/aws mode switch
        "platform :: jobs",     // syncs started from the UI run in the background
        "platform :: uikit",    // page header, empty state, CSV export and time formats in the views
        "platform :: notify",   // requesters hear when their account is ready, failed or closed
        "platform :: directory", // the inventory answers the AccountDirectory port (other modules' account checks)
        "platform :: money",    // an account request's monthly budget travels to the approvals as Money
        "platform :: changes",  // tells what vending and closing changed on an account (AccountChangeSource)
        "platform :: home",     // the vending queue on the platform admin's start page
        "approvals"             // account requests are approved by the approval engine (submit, verdict events)
})
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.accounts;
