package dev.skyway.portal.accounts.internal.vending;

import java.util.Map;

/**
 * What to create. Validated before it gets here (nothing invalid reaches a vendor).
 *
 * @param organizationalUnitId   target OU id ({@code ou-...}) or the root id ({@code r-...})
 * @param organizationalUnitName the OU's name, for Account Factory's {@code ManagedOrganizationalUnit}
 *                               ({@code Name (ou-id)})
 * @param tags                   account tags, including owner team and cost center
 * @param idempotencyKey         generated and stored with the request before any call; the Account Factory's
 *                               {@code ProvisionToken}
 */
public record VendingCommand(String accountName, String accountEmail, String organizationalUnitId,
                             String organizationalUnitName, String ssoUserEmail, String ssoUserFirstName,
                             String ssoUserLastName, Map<String, String> tags, String idempotencyKey) {

    public VendingCommand {
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }

    /** Account Factory's {@code ManagedOrganizationalUnit} value: {@code Name (ou-id)}, which also works for nested OUs. */
    public String managedOrganizationalUnit() {
        return organizationalUnitName + " (" + organizationalUnitId + ")";
    }
}
