package dev.skyway.portal.incidents;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.incidents.internal.routing.RoutingRuleStore;
import dev.skyway.portal.platform.audit.AuditLedger;
import dev.skyway.portal.platform.audit.AuditRecord;
import dev.skyway.portal.platform.identity.CurrentUser;

/** The routing rules, which platform admins keep. There are none at first: no alert opens an incident by itself. */
@Service
public class RoutingRules {

    static final int MAX_WINDOW_MINUTES = 7 * 24 * 60;

    private final RoutingRuleStore store;
    private final CurrentUser currentUser;
    private final AuditLedger audit;

    RoutingRules(RoutingRuleStore store, CurrentUser currentUser, AuditLedger audit) {
        this.store = store;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** By position. */
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public List<RoutingRule> list() {
        return store.all();
    }

    /** @throws IncidentsValidationException naming each field's problem; nothing is stored then */
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @Transactional
    public RoutingRule create(RoutingRuleDraft draft) {
        RoutingRule rule = checked(draft);
        store.insert(rule, currentUser.get().key());
        audit.append(AuditRecord.of("incidents.routing-rule-created", "incident-routing-rule", rule.id().toString(),
                Map.of("name", rule.name(), "action", rule.action().name())));
        return store.find(rule.id()).orElseThrow();
    }

    /** @return false when there is no such rule */
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    @Transactional
    public boolean delete(UUID id) {
        boolean deleted = store.delete(id);
        if (deleted) {
            audit.append(AuditRecord.of("incidents.routing-rule-deleted", "incident-routing-rule", id.toString(),
                    Map.of()));
        }
        return deleted;
    }

    private RoutingRule checked(RoutingRuleDraft d) {
        Map<String, String> problems = new LinkedHashMap<>();
        String name = d.name() == null ? "" : d.name().strip();
        if (name.isEmpty() || name.length() > 128) {
            problems.put("name", "must have 1 to 128 characters");
        }
        RoutingAction action = parse(RoutingAction.class, d.action());
        if (action == null) {
            problems.put("action", "must be one of OPEN_INCIDENT, ATTACH_OR_OPEN, ATTACH_ONLY, IGNORE");
        }
        AlertSeverity minSeverity = d.minSeverity() == null ? null : AlertSeverity.parse(d.minSeverity()).orElse(null);
        if (d.minSeverity() != null && minSeverity == null) {
            problems.put("minSeverity", "must be one of critical, error, warning, info");
        }
        Severity severity = d.incidentSeverity() == null ? null : Severity.parse(d.incidentSeverity()).orElse(null);
        boolean opens = action == RoutingAction.OPEN_INCIDENT || action == RoutingAction.ATTACH_OR_OPEN;
        if (d.incidentSeverity() != null && severity == null || opens && severity == null) {
            problems.put("incidentSeverity", "must be one of SEV1, SEV2, SEV3, SEV4 for a rule that opens incidents");
        }
        if (d.accountId() != null && !d.accountId().matches("\\d{12}")) {
            problems.put("accountId", "must be an AWS account id of 12 digits");
        }
        Integer window = d.attachWindowMinutes();
        if (window != null && (window < 1 || window > MAX_WINDOW_MINUTES)) {
            problems.put("attachWindowMinutes", "must be 1 to " + MAX_WINDOW_MINUTES);
        }
        if (d.position() != null && d.position() < 0) {
            problems.put("position", "must be 0 or more");
        }
        if (!problems.isEmpty()) {
            throw new IncidentsValidationException(problems);
        }
        boolean attaches = action == RoutingAction.ATTACH_OR_OPEN || action == RoutingAction.ATTACH_ONLY;
        return new RoutingRule(UUID.randomUUID(), d.position() == null ? store.nextPosition() : d.position(), name,
                d.enabled() == null || d.enabled(), d.integrationId(), minSeverity, d.accountId(),
                d.service() == null || d.service().isBlank() ? null : d.service().strip(), action, severity,
                attaches ? Duration.ofMinutes(window == null ? 60 : window) : null);
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String text) {
        try {
            return text == null ? null : Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
