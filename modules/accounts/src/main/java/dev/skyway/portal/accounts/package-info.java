/**
 * The account inventory: the AWS organization's root, organizational units and accounts (with their tags, owner team
 * and cost center), kept in the portal's {@code accounts} schema by a scheduled and on-demand sync from an
 * {@code OrganizationDirectory} (the real AWS Organizations API, or the sandbox simulation). It is part 1 of account
 * vending: engineers pick target accounts from it; vending through approvals comes later.
 * {@link dev.skyway.portal.accounts.Accounts} is the facade.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts", allowedDependencies = {
        "platform :: identity", // who is asking (the facade's role checks, the admin's sync button)
        "platform :: audit",    // manual syncs are recorded in the audit ledger
        "platform :: aws",      // the AWS client factory and the sandbox/aws mode switch
        "platform :: jobs",     // syncs started from the UI run in the background
        "platform :: uikit"     // page header, empty state, CSV export and time formats in the views
})
package dev.skyway.portal.accounts;
