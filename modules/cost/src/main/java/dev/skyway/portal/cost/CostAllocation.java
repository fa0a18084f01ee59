package dev.skyway.portal.cost;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import dev.skyway.portal.cost.internal.AllocationRules;
import dev.skyway.portal.cost.internal.CostImporter;
import dev.skyway.portal.platform.audit.AuditLedger;
import dev.skyway.portal.platform.audit.AuditRecord;
import dev.skyway.portal.platform.identity.CurrentUser;

/**
 * Finance's allocation rules (who untagged spend belongs to) and shared-cost rules (how common costs are split).
 * Everyone who reads cost may read the rules; finance and platform admins change them. A changed allocation rule
 * re-allocates every stored period in the background.
 */
@Service
public class CostAllocation {

    static final String EDITORS = "hasAnyRole('FINANCE', 'PLATFORM_ADMIN')";
    static final String READERS = "hasAnyRole('ENGINEER', 'APPROVER', 'FINANCE', 'SECURITY', 'PLATFORM_ADMIN')";

    private final AllocationRules rules;
    private final CostImporter importer;
    private final CurrentUser currentUser;
    private final AuditLedger audit;

    CostAllocation(AllocationRules rules, CostImporter importer, CurrentUser currentUser, AuditLedger audit) {
        this.rules = rules;
        this.importer = importer;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @PreAuthorize(READERS)
    public List<AllocationRule> rules() {
        return rules.rules();
    }

    /** @throws InvalidCostQueryException naming each field's problem; nothing is stored then */
    @PreAuthorize(EDITORS)
    public AllocationRule addRule(@Nullable Integer priority, @Nullable String kind, @Nullable String key,
                                  @Nullable String value, @Nullable String team, @Nullable String costCenter) {
        Map<String, String> problems = new LinkedHashMap<>();
        String k = kind == null ? "" : kind.strip().toUpperCase(java.util.Locale.ROOT);
        if (!AllocationRule.KINDS.contains(k)) {
            problems.put("kind", "must be one of TAG, ACCOUNT, OU");
        }
        if ("TAG".equals(k) && blank(key)) {
            problems.put("key", "is required for a TAG rule (the tag key)");
        }
        if (key != null && !key.isBlank() && !key.strip().matches("[\\w:./=+@ -]{1,128}")) {
            problems.put("key", "may hold letters, digits, spaces and _ : . / = + @ - (at most 128)");
        }
        if (blank(value)) {
            problems.put("value", "is required");
        } else if ("ACCOUNT".equals(k) && !value.strip().matches("\\d{12}")) {
            problems.put("value", "must be a 12-digit account id");
        }
        if (blank(team) && blank(costCenter)) {
            problems.put("team", "give a team, a cost center, or both");
        }
        if (priority != null && (priority < 0 || priority > 1_000_000)) {
            problems.put("priority", "must be between 0 and 1000000");
        }
        InvalidCostQueryException.throwIfAny(problems);
        AllocationRule rule = rules.add(priority, k, blank(key) ? null : key.strip(), value.strip(),
                blank(team) ? null : team.strip(), blank(costCenter) ? null : costCenter.strip(),
                currentUser.get().username());
        audit.append(AuditRecord.of("cost.allocation-rule-added", "cost-allocation-rule", rule.id().toString(),
                Map.of("kind", rule.kind(), "value", rule.value(), "team", String.valueOf(rule.team()))));
        importer.reallocate();
        return rule;
    }

    @PreAuthorize(EDITORS)
    public boolean deleteRule(UUID id) {
        boolean deleted = rules.delete(id);
        if (deleted) {
            audit.append(AuditRecord.of("cost.allocation-rule-deleted", "cost-allocation-rule", id.toString(),
                    Map.of()));
            importer.reallocate();
        }
        return deleted;
    }

    @PreAuthorize(READERS)
    public List<SharedCostRule> sharedRules() {
        return rules.sharedRules();
    }

    @PreAuthorize(EDITORS)
    public SharedCostRule addSharedRule(@Nullable String name, @Nullable String match, @Nullable String value,
                                        @Nullable String method, @Nullable Map<String, BigDecimal> shares) {
        Map<String, String> problems = new LinkedHashMap<>();
        String m = match == null ? "" : match.strip().toUpperCase(java.util.Locale.ROOT);
        String how = method == null ? "" : method.strip().toUpperCase(java.util.Locale.ROOT);
        Map<String, BigDecimal> given = shares == null ? Map.of() : shares;
        if (blank(name)) {
            problems.put("name", "is required");
        }
        if (!SharedCostRule.MATCHES.contains(m)) {
            problems.put("match", "must be one of SERVICE, ACCOUNT, CHARGE_CATEGORY");
        }
        if (blank(value)) {
            problems.put("value", "is required");
        }
        if (!SharedCostRule.METHODS.contains(how)) {
            problems.put("method", "must be one of EVEN, PROPORTIONAL, FIXED");
        } else if ("FIXED".equals(how)) {
            BigDecimal sum = given.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (given.isEmpty() || sum.compareTo(BigDecimal.valueOf(100)) != 0
                    || given.values().stream().anyMatch(v -> v.signum() < 0)) {
                problems.put("shares", "FIXED needs team percentages that are not negative and add up to 100");
            }
        }
        InvalidCostQueryException.throwIfAny(problems);
        SharedCostRule rule = rules.addShared(name.strip(), m, value.strip(), how,
                "FIXED".equals(how) ? given : Map.of(), currentUser.get().username());
        audit.append(AuditRecord.of("cost.shared-cost-rule-added", "cost-shared-cost-rule", rule.id().toString(),
                Map.of("name", rule.name(), "method", rule.method())));
        return rule;
    }

    @PreAuthorize(EDITORS)
    public boolean deleteSharedRule(UUID id) {
        boolean deleted = rules.deleteShared(id);
        if (deleted) {
            audit.append(AuditRecord.of("cost.shared-cost-rule-deleted", "cost-shared-cost-rule", id.toString(),
                    Map.of()));
        }
        return deleted;
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
