package dev.skyway.portal.accounts.internal;

import static dev.skyway.schema.accounts.Tables.ACCOUNT;
import static dev.skyway.schema.accounts.Tables.ACCOUNT_TAG;
import static dev.skyway.schema.accounts.Tables.ORGANIZATIONAL_UNIT;

import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.accounts.Account;
import dev.skyway.portal.accounts.AccountQuery;
import dev.skyway.portal.accounts.OrganizationalUnit;
import dev.skyway.schema.accounts.tables.records.AccountRecord;

/** The synced inventory: accounts (with their tags) and the OU tree. */
@Repository
public class Inventory {

    private final DSLContext db;

    Inventory(DSLContext db) {
        this.db = db;
    }

    /** Matching accounts by name (then id), from {@code offset}, at most {@code limit}. */
    public List<Account> search(AccountQuery query, int offset, int limit) {
        List<AccountRecord> rows = db.selectFrom(ACCOUNT).where(where(query))
                .orderBy(ACCOUNT.NAME, ACCOUNT.ID).offset(offset).limit(limit).fetch();
        return accounts(rows);
    }

    /** The accounts whose owner team is one of {@code teams}, by name. */
    public List<Account> ownedBy(Collection<String> teams) {
        if (teams.isEmpty()) {
            return List.of();
        }
        return accounts(db.selectFrom(ACCOUNT).where(ACCOUNT.OWNER_TEAM.in(teams)).orderBy(ACCOUNT.NAME, ACCOUNT.ID)
                .fetch());
    }

    public int count(AccountQuery query) {
        return db.fetchCount(ACCOUNT, where(query));
    }

    public Optional<Account> find(String id) {
        return db.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(id)).fetchOptional().map(r -> accounts(List.of(r)).getFirst());
    }

    /** The root first, then OUs by path. */
    public List<OrganizationalUnit> units() {
        return db.selectFrom(ORGANIZATIONAL_UNIT).orderBy(ORGANIZATIONAL_UNIT.DEPTH.gt(0),
                ORGANIZATIONAL_UNIT.PATH).fetch(r -> new OrganizationalUnit(r.getId(), r.getName(), r.getParentId(),
                r.getPath(), r.getDepth()));
    }

    /** Every {@code owner-team} in the inventory, sorted. */
    public List<String> teams() {
        return db.selectDistinct(ACCOUNT.OWNER_TEAM).from(ACCOUNT).where(ACCOUNT.OWNER_TEAM.isNotNull())
                .orderBy(ACCOUNT.OWNER_TEAM).fetch(ACCOUNT.OWNER_TEAM);
    }

    private Condition where(AccountQuery q) {
        Condition where = DSL.noCondition();
        if (present(q.text())) {
            // contains() escapes % and _ so they match literally
            where = where.and(ACCOUNT.SEARCH_TEXT.containsIgnoreCase(q.text().strip()));
        }
        if (present(q.ouId())) {
            String lineage = db.select(ORGANIZATIONAL_UNIT.LINEAGE).from(ORGANIZATIONAL_UNIT)
                    .where(ORGANIZATIONAL_UNIT.ID.eq(q.ouId().strip())).fetchOne(ORGANIZATIONAL_UNIT.LINEAGE);
            where = lineage == null ? where.and(DSL.falseCondition()) : where.and(ACCOUNT.OU_LINEAGE.startsWith(lineage));
        }
        if (present(q.status())) {
            where = where.and(ACCOUNT.STATUS.equalIgnoreCase(q.status().strip()));
        }
        if (present(q.team())) {
            where = where.and(ACCOUNT.OWNER_TEAM.equalIgnoreCase(q.team().strip()));
        }
        if (present(q.tag())) {
            String tag = q.tag().strip();
            int eq = tag.indexOf('=');
            Condition match = eq < 0 ? ACCOUNT_TAG.TAG_KEY.eq(tag)
                    : ACCOUNT_TAG.TAG_KEY.eq(tag.substring(0, eq).strip()).and(ACCOUNT_TAG.TAG_VALUE.eq(
                    tag.substring(eq + 1).strip()));
            where = where.and(DSL.exists(DSL.selectOne().from(ACCOUNT_TAG)
                    .where(ACCOUNT_TAG.ACCOUNT_ID.eq(ACCOUNT.ID)).and(match)));
        }
        return where;
    }

    private List<Account> accounts(List<AccountRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, String>> tags = db.selectFrom(ACCOUNT_TAG)
                .where(ACCOUNT_TAG.ACCOUNT_ID.in(rows.stream().map(AccountRecord::getId).toList()))
                .orderBy(ACCOUNT_TAG.TAG_KEY).fetch().stream()
                .collect(Collectors.groupingBy(t -> t.getAccountId(), Collectors.toMap(t -> t.getTagKey(),
                        t -> t.getTagValue(), (a, b) -> a, LinkedHashMap::new)));
        return rows.stream().map(r -> new Account(r.getId(), r.getName(), r.getEmail(), r.getStatus(), r.getOuId(),
                r.getOuPath(), r.getOwnerTeam(), r.getCostCenter(), tags.getOrDefault(r.getId(), Map.of()),
                r.getJoinedAt() == null ? null : r.getJoinedAt().toInstant())).toList();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    /** Whether an account of the inventory has this root email (case-insensitive). */
    public boolean hasAccountWithEmail(String email) {
        return db.fetchExists(ACCOUNT, DSL.lower(ACCOUNT.EMAIL).eq(email.toLowerCase()));
    }

    /** How many accounts of the inventory the team owns (its {@code owner-team} tag, case-insensitive). */
    public int countOwnedBy(String team) {
        return db.fetchCount(ACCOUNT, DSL.lower(ACCOUNT.OWNER_TEAM).eq(team.toLowerCase()));
    }
}
