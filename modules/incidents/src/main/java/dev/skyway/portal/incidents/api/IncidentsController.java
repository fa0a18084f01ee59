package dev.skyway.portal.incidents.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.skyway.portal.incidents.Incident;
import dev.skyway.portal.incidents.Incidents;
import dev.skyway.portal.incidents.NewIncident;
import dev.skyway.portal.incidents.Participant;
import dev.skyway.portal.incidents.TimelineEntry;

/**
 * {@code /api/v1/incidents}: declare an incident, read it, move it through its lifecycle, read its timeline.
 * {@code startedAt} is when impact started.
 */
@RestController
@RequestMapping("/api/v1/incidents")
class IncidentsController {

    private final Incidents incidents;

    IncidentsController(Incidents incidents) {
        this.incidents = incidents;
    }

    record PersonJson(String key, String name) {

        static @Nullable PersonJson of(@Nullable Participant participant) {
            return participant == null ? null : new PersonJson(participant.key().reference(), participant.name());
        }
    }

    record IncidentJson(UUID id, long number, String reference, String title, @Nullable String summary,
                        String status, String severity, String source, boolean organizationWide,
                        List<String> accountIds, Instant startedAt, Instant detectedAt,
                        @Nullable Instant acknowledgedAt, @Nullable Instant mitigatedAt, @Nullable Instant resolvedAt,
                        @Nullable Instant closedAt, @Nullable PersonJson declaredBy, @Nullable PersonJson commander,
                        int version) {

        static IncidentJson of(Incident i) {
            var t = i.timestamps();
            return new IncidentJson(i.id(), i.number(), i.reference(), i.title(), i.summary(), i.status().name(),
                    i.severity().name(), i.source().name(), i.organizationWide(), i.accountIds(),
                    t.impactStartedAt(), t.detectedAt(), t.acknowledgedAt(), t.mitigatedAt(), t.resolvedAt(),
                    t.closedAt(), PersonJson.of(i.declaredBy()), PersonJson.of(i.commander()), i.version());
        }
    }

    record Transition(@Nullable String to) {
    }

    @PostMapping
    ResponseEntity<IncidentJson> declare(@RequestBody NewIncident body) {
        Incident incident = incidents.declare(body);
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + incident.id())).body(IncidentJson.of(incident));
    }

    @GetMapping("/{id}")
    IncidentJson get(@PathVariable UUID id) {
        return incidents.find(id).map(IncidentJson::of).orElseThrow(() -> new NoSuchElementException("No incident "
                + id));
    }

    @PostMapping("/{id}/transitions")
    IncidentJson transition(@PathVariable UUID id, @RequestBody Transition body) {
        return IncidentJson.of(incidents.transition(id, body.to()));
    }

    @GetMapping("/{id}/timeline")
    List<TimelineEntry> timeline(@PathVariable UUID id) {
        return incidents.timeline(id);
    }
}
