package dev.skyway.portal.cost.internal;

import static dev.skyway.schema.cost.Tables.ALLOCATION_RULE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.accounts.Account;
import dev.skyway.portal.accounts.AccountOwnership;
import dev.skyway.portal.cost.internal.engine.Allocation;
import dev.skyway.portal.cost.internal.engine.TagKeys;
import dev.skyway.portal.cost.internal.engine.TagRule;

/** What allocation needs at the time of an import: the inventory's owners and finance's rules, in priority order. */
@Component
public class AllocationSource {

    static final String TAG = "TAG";
    static final String ACCOUNT = "ACCOUNT";
    static final String OU = "OU";

    private final DSLContext db;
    private final AccountOwnership ownership;
    private final CostProperties properties;

    AllocationSource(DSLContext db, AccountOwnership ownership, CostProperties properties) {
        this.db = db;
        this.ownership = ownership;
        this.properties = properties;
    }

    @Transactional(readOnly = true)
    public Allocation allocation() {
        Map<String, Allocation.Owner> owners = new HashMap<>();
        for (Account a : ownership.accounts()) {
            owners.put(a.id(), new Allocation.Owner(a.id(), a.name(), a.ouPath(), a.ownerTeam(), a.costCenter()));
        }
        List<Allocation.AccountRule> rules = db.selectFrom(ALLOCATION_RULE)
                .where(ALLOCATION_RULE.MATCH_KIND.in(ACCOUNT, OU)).orderBy(ALLOCATION_RULE.PRIORITY)
                .fetch(r -> new Allocation.AccountRule(OU.equals(r.getMatchKind()), r.getMatchValue(), r.getTeam(),
                        r.getCostCenter()));
        return new Allocation(owners, rules);
    }

    @Transactional(readOnly = true)
    public List<TagRule> tagRules() {
        return db.selectFrom(ALLOCATION_RULE).where(ALLOCATION_RULE.MATCH_KIND.eq(TAG))
                .orderBy(ALLOCATION_RULE.PRIORITY)
                .fetch(r -> new TagRule(r.getMatchKey(), r.getMatchValue(), r.getTeam(), r.getCostCenter()));
    }

    public TagKeys tagKeys() {
        return new TagKeys(properties.teamTagKeys(), properties.costCenterTagKeys(), properties.requestTagKey());
    }
}
