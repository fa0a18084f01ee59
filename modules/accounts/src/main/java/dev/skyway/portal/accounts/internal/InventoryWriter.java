package dev.skyway.portal.accounts.internal;

import static dev.skyway.schema.accounts.Tables.ACCOUNT;
import static dev.skyway.schema.accounts.Tables.ACCOUNT_TAG;
import static dev.skyway.schema.accounts.Tables.ORGANIZATIONAL_UNIT;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Query;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.accounts.Account;
import dev.skyway.portal.accounts.OrganizationalUnit;

/**
 * Replaces the stored inventory with a snapshot (call inside the sync's transaction): works out each OU's path and
 * lineage, and each account's owner team and cost center from its tags.
 */
@Repository
class InventoryWriter {

    private final DSLContext db;

    InventoryWriter(DSLContext db) {
        this.db = db;
    }

    /**
     * @return the number of accounts stored
     * @throws DirectoryException when an OU or account names a parent the snapshot does not hold
     */
    int replace(OrganizationSnapshot snapshot) {
        Map<String, OrganizationalUnit> units = units(snapshot);
        Map<String, String> lineages = new HashMap<>();
        units.values().forEach(u -> lineages.put(u.id(), lineage(u, units)));

        db.deleteFrom(ACCOUNT_TAG).execute();
        db.deleteFrom(ACCOUNT).execute();
        db.deleteFrom(ORGANIZATIONAL_UNIT).execute();
        List<Query> inserts = new ArrayList<>();
        for (OrganizationalUnit u : units.values()) {
            inserts.add(db.insertInto(ORGANIZATIONAL_UNIT).set(ORGANIZATIONAL_UNIT.ID, u.id())
                    .set(ORGANIZATIONAL_UNIT.NAME, u.name()).set(ORGANIZATIONAL_UNIT.PARENT_ID, u.parentId())
                    .set(ORGANIZATIONAL_UNIT.PATH, u.path()).set(ORGANIZATIONAL_UNIT.LINEAGE, lineages.get(u.id()))
                    .set(ORGANIZATIONAL_UNIT.DEPTH, u.depth()));
        }
        for (OrganizationSnapshot.Member a : snapshot.accounts()) {
            OrganizationalUnit parent = units.get(a.parentId());
            if (parent == null) {
                throw new DirectoryException("Account " + a.id() + " is in " + a.parentId()
                        + ", which the organization did not list; the next sync will try again", null, null);
            }
            inserts.add(db.insertInto(ACCOUNT).set(ACCOUNT.ID, a.id()).set(ACCOUNT.NAME, a.name())
                    .set(ACCOUNT.EMAIL, a.email()).set(ACCOUNT.STATUS, a.status()).set(ACCOUNT.OU_ID, parent.id())
                    .set(ACCOUNT.OU_PATH, parent.path()).set(ACCOUNT.OU_LINEAGE, lineages.get(parent.id()))
                    .set(ACCOUNT.OWNER_TEAM, a.tags().get(Account.OWNER_TEAM_TAG))
                    .set(ACCOUNT.COST_CENTER, a.tags().get(Account.COST_CENTER_TAG))
                    .set(ACCOUNT.JOINED_AT, a.joinedAt() == null ? null : a.joinedAt().atOffset(ZoneOffset.UTC))
                    .set(ACCOUNT.SEARCH_TEXT, (a.id() + " " + a.name() + " " + a.email()).toLowerCase(Locale.ROOT)));
            a.tags().forEach((key, value) -> inserts.add(db.insertInto(ACCOUNT_TAG)
                    .set(ACCOUNT_TAG.ACCOUNT_ID, a.id()).set(ACCOUNT_TAG.TAG_KEY, key)
                    .set(ACCOUNT_TAG.TAG_VALUE, value)));
        }
        db.batch(inserts).execute();
        return snapshot.accounts().size();
    }

    /** Root and OUs with their paths, the root first and every parent before its children. */
    static Map<String, OrganizationalUnit> units(OrganizationSnapshot snapshot) {
        Map<String, OrganizationSnapshot.Unit> byId = new HashMap<>();
        snapshot.units().forEach(u -> byId.put(u.id(), u));
        Map<String, OrganizationalUnit> result = new java.util.LinkedHashMap<>();
        OrganizationSnapshot.Unit root = snapshot.root();
        result.put(root.id(), new OrganizationalUnit(root.id(), "Root", null, "Root", 0));
        for (OrganizationSnapshot.Unit u : snapshot.units()) {
            resolve(u, byId, result, 0);
        }
        return result;
    }

    private static OrganizationalUnit resolve(OrganizationSnapshot.Unit u, Map<String, OrganizationSnapshot.Unit> byId,
                                              Map<String, OrganizationalUnit> done, int hops) {
        OrganizationalUnit known = done.get(u.id());
        if (known != null) {
            return known;
        }
        OrganizationalUnit parent = done.get(u.parentId());
        if (parent == null) {
            OrganizationSnapshot.Unit p = byId.get(u.parentId());
            if (p == null || hops > 64) {
                throw new DirectoryException("OU " + u.id() + " (" + u.name() + ") is in " + u.parentId()
                        + ", which the organization did not list; the next sync will try again", null, null);
            }
            parent = resolve(p, byId, done, hops + 1);
        }
        String path = parent.isRoot() ? u.name() : parent.path() + "/" + u.name();
        OrganizationalUnit unit = new OrganizationalUnit(u.id(), u.name(), parent.id(), path, parent.depth() + 1);
        done.put(u.id(), unit);
        return unit;
    }

    private static String lineage(OrganizationalUnit u, Map<String, OrganizationalUnit> units) {
        return u.parentId() == null ? u.id() + "/" : lineage(units.get(u.parentId()), units) + u.id() + "/";
    }
}
