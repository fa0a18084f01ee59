package dev.skyway.portal.incidents.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.skyway.portal.incidents.RoutingRule;
import dev.skyway.portal.incidents.RoutingRuleDraft;
import dev.skyway.portal.incidents.RoutingRules;

/** {@code /api/v1/incidents/routing-rules}: platform admins keep the rules that send alerts to incidents. */
@Tag(name = "Incidents")
@RestController
@RequestMapping("/api/v1/incidents/routing-rules")
class RoutingRulesController {

    private final RoutingRules rules;

    RoutingRulesController(RoutingRules rules) {
        this.rules = rules;
    }

    record RuleJson(UUID id, int position, String name, boolean enabled, @Nullable UUID integrationId,
                    @Nullable String minSeverity, @Nullable String accountId, @Nullable String service, String action,
                    @Nullable String incidentSeverity, @Nullable Long attachWindowMinutes) {

        static RuleJson of(RoutingRule r) {
            return new RuleJson(r.id(), r.position(), r.name(), r.enabled(), r.integrationId(),
                    r.minSeverity() == null ? null : r.minSeverity().name().toLowerCase(java.util.Locale.ROOT),
                    r.accountId(), r.service(), r.action().name(),
                    r.incidentSeverity() == null ? null : r.incidentSeverity().name(),
                    r.attachWindow() == null ? null : r.attachWindow().toMinutes());
        }
    }

    @Operation(summary = "List alert routing rules")
    @GetMapping
    List<RuleJson> list() {
        return rules.list().stream().map(RuleJson::of).toList();
    }

    @Operation(summary = "Create an alert routing rule")
    @PostMapping
    ResponseEntity<RuleJson> create(@RequestBody RoutingRuleDraft body) {
        RoutingRule rule = rules.create(body);
        return ResponseEntity.created(URI.create("/api/v1/incidents/routing-rules/" + rule.id()))
                .body(RuleJson.of(rule));
    }

    @Operation(summary = "Delete an alert routing rule")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        return rules.delete(id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }
}
