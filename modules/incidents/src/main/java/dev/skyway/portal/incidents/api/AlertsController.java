package dev.skyway.portal.incidents.api;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.skyway.portal.incidents.Alert;
import dev.skyway.portal.incidents.AlertPage;
import dev.skyway.portal.incidents.AlertStatus;
import dev.skyway.portal.incidents.Alerts;
import dev.skyway.portal.incidents.IncidentsValidationException;

/** {@code /api/v1/incidents/alerts}: the deduplicated alerts, filtered by integration and status, newest first. */
@Tag(name = "Incidents")
@RestController
@RequestMapping("/api/v1/incidents/alerts")
class AlertsController {

    private final Alerts alerts;

    AlertsController(Alerts alerts) {
        this.alerts = alerts;
    }

    record AlertJson(UUID id, UUID integrationId, String dedupKey, String kind, String status, String severity,
                     int occurrences, String summary, @Nullable String source, @Nullable String accountId,
                     @Nullable String region, @Nullable String service, @Nullable String resource,
                     Instant firstSeenAt, Instant lastSeenAt, @Nullable Instant acknowledgedAt,
                     @Nullable Instant resolvedAt, @Nullable UUID incidentId) {

        static AlertJson of(Alert a) {
            return new AlertJson(a.id(), a.integrationId(), a.dedupKey(), a.kind().name(), a.status().name(),
                    a.severity().name(), a.occurrences(), a.summary(), a.source(), a.accountId(), a.region(),
                    a.service(), a.resource(), a.firstSeenAt(), a.lastSeenAt(), a.acknowledgedAt(), a.resolvedAt(),
                    a.incidentId());
        }
    }

    record AlertList(int total, List<AlertJson> items) {
    }

    @Operation(summary = "List alerts")
    @GetMapping
    AlertList list(@RequestParam(required = false) @Nullable UUID integrationId,
                   @RequestParam(required = false) @Nullable String status,
                   @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "100") int limit) {
        AlertPage page = alerts.list(integrationId, status(status), offset, limit);
        return new AlertList(page.total(), page.items().stream().map(AlertJson::of).toList());
    }

    @Operation(summary = "Get an alert")
    @GetMapping("/{id}")
    AlertJson get(@PathVariable UUID id) {
        return alerts.find(id).map(AlertJson::of).orElseThrow(() -> new NoSuchElementException("No alert " + id));
    }

    private static @Nullable AlertStatus status(@Nullable String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return AlertStatus.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IncidentsValidationException(java.util.Map.of("status",
                    "must be one of TRIGGERED, ACKNOWLEDGED, RESOLVED"));
        }
    }
}
