package dev.skyway.portal.cost.internal;

import static dev.skyway.schema.cost.Tables.ALLOCATION_RULE;
import static dev.skyway.schema.cost.Tables.SHARED_COST_RULE;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.cost.AllocationRule;
import dev.skyway.portal.cost.SharedCostRule;

/** Finance's allocation and shared-cost rules. */
@Repository
public class AllocationRules {

    private final DSLContext db;
    private final Clock clock;

    AllocationRules(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AllocationRule> rules() {
        return db.selectFrom(ALLOCATION_RULE).orderBy(ALLOCATION_RULE.PRIORITY, ALLOCATION_RULE.CREATED_AT)
                .fetch(r -> new AllocationRule(r.getId(), r.getPriority(), r.getMatchKind(), r.getMatchKey(),
                        r.getMatchValue(), r.getTeam(), r.getCostCenter(), r.getCreatedBy(),
                        r.getCreatedAt().toInstant()));
    }

    /** @param priority absent: after every existing rule */
    @Transactional
    public AllocationRule add(@Nullable Integer priority, String kind, @Nullable String key, String value,
                              @Nullable String team, @Nullable String costCenter, String by) {
        UUID id = UUID.randomUUID();
        Integer last = db.select(DSL.max(ALLOCATION_RULE.PRIORITY)).from(ALLOCATION_RULE).fetchOne(0, Integer.class);
        db.insertInto(ALLOCATION_RULE).set(ALLOCATION_RULE.ID, id)
                .set(ALLOCATION_RULE.PRIORITY, priority != null ? priority : last == null ? 10 : last + 10)
                .set(ALLOCATION_RULE.MATCH_KIND, kind).set(ALLOCATION_RULE.MATCH_KEY, key)
                .set(ALLOCATION_RULE.MATCH_VALUE, value).set(ALLOCATION_RULE.TEAM, team)
                .set(ALLOCATION_RULE.COST_CENTER, costCenter).set(ALLOCATION_RULE.CREATED_BY, by)
                .set(ALLOCATION_RULE.CREATED_AT, clock.instant().atOffset(ZoneOffset.UTC)).execute();
        return rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Transactional
    public boolean delete(UUID id) {
        return db.deleteFrom(ALLOCATION_RULE).where(ALLOCATION_RULE.ID.eq(id)).execute() > 0;
    }

    @Transactional(readOnly = true)
    public List<SharedCostRule> sharedRules() {
        return db.selectFrom(SHARED_COST_RULE).orderBy(SHARED_COST_RULE.CREATED_AT)
                .fetch(r -> new SharedCostRule(r.getId(), r.getName(), r.getMatchKind(), r.getMatchValue(),
                        r.getMethod(), shares(r.getFixedShares()), r.getCreatedBy(), r.getCreatedAt().toInstant()));
    }

    @Transactional
    public SharedCostRule addShared(String name, String match, String value, String method,
                                    Map<String, BigDecimal> shares, String by) {
        UUID id = UUID.randomUUID();
        db.insertInto(SHARED_COST_RULE).set(SHARED_COST_RULE.ID, id).set(SHARED_COST_RULE.NAME, name)
                .set(SHARED_COST_RULE.MATCH_KIND, match).set(SHARED_COST_RULE.MATCH_VALUE, value)
                .set(SHARED_COST_RULE.METHOD, method)
                .set(SHARED_COST_RULE.FIXED_SHARES, shares.isEmpty() ? null : shares.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue().toPlainString()).collect(Collectors.joining("\n")))
                .set(SHARED_COST_RULE.CREATED_BY, by)
                .set(SHARED_COST_RULE.CREATED_AT, clock.instant().atOffset(ZoneOffset.UTC)).execute();
        return sharedRules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Transactional
    public boolean deleteShared(UUID id) {
        return db.deleteFrom(SHARED_COST_RULE).where(SHARED_COST_RULE.ID.eq(id)).execute() > 0;
    }

    private static Map<String, BigDecimal> shares(@Nullable String lines) {
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        if (lines != null) {
            for (String line : lines.split("\n")) {
                int eq = line.lastIndexOf('=');
                if (eq > 0) {
                    shares.put(line.substring(0, eq), new BigDecimal(line.substring(eq + 1)));
                }
            }
        }
        return shares;
    }
}
