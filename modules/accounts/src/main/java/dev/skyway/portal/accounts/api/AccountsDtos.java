package dev.skyway.portal.accounts.api;

import java.time.Instant;
import java.util.Map;

import dev.skyway.portal.accounts.Account;
import dev.skyway.portal.accounts.OrganizationalUnit;

/** What the accounts API returns (kept apart from the facade's records, so the API can stay stable). */
final class AccountsDtos {

    private AccountsDtos() {
    }

    record AccountItem(String id, String name, String email, String status, String ouId, String ouPath,
                       String ownerTeam, String costCenter, Map<String, String> tags, Instant joinedAt) {

        static AccountItem of(Account a) {
            return new AccountItem(a.id(), a.name(), a.email(), a.status(), a.ouId(), a.ouPath(), a.ownerTeam(),
                    a.costCenter(), a.tags(), a.joinedAt());
        }
    }

    record Unit(String id, String name, String parentId, String path) {

        static Unit of(OrganizationalUnit u) {
            return new Unit(u.id(), u.name(), u.parentId(), u.path());
        }
    }
}
