package dev.skyway.portal.incidents.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.skyway.portal.incidents.ChangeWindow;
import dev.skyway.portal.incidents.Incident;
import dev.skyway.portal.incidents.IncidentEdit;
import dev.skyway.portal.incidents.IncidentFilter;
import dev.skyway.portal.incidents.IncidentPage;
import dev.skyway.portal.incidents.Incidents;
import dev.skyway.portal.incidents.NewIncident;
import dev.skyway.portal.incidents.Participant;
import dev.skyway.portal.incidents.TimelineEntry;
import dev.skyway.portal.platform.changes.AccountChange;

/**
 * {@code /api/v1/incidents}: list and declare incidents, read one, correct it, move it through its lifecycle, read
 * its timeline and what the portal changed on its accounts. {@code startedAt} is when impact started.
 */
@Tag(name = "Incidents")
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

    record IncidentList(int total, List<IncidentJson> items) {
    }

    /** @param link the portal page that shows the change (absolute path), when there is one */
    record ChangeJson(String accountId, Instant at, String kind, String title, @Nullable String actor,
                      @Nullable String link, String sourceModule) {

        static ChangeJson of(AccountChange c) {
            return new ChangeJson(c.accountId(), c.at(), c.kind(), c.title(), c.actor(),
                    c.link() == null ? null : "/" + c.link(), c.sourceModule());
        }
    }

    /** @param to exclusive */
    record ChangeList(Instant from, Instant to, int total, List<ChangeJson> items) {
    }

    /** Open ones first and newest first unless {@code sort} says otherwise ({@code newest}, {@code oldest}, ...). */
    @Operation(summary = "List incidents",
            description = "Open ones first and newest first unless sort says otherwise (newest, oldest, ...).")
    @GetMapping
    IncidentList list(@RequestParam(required = false) @Nullable String status,
                      @RequestParam(required = false) @Nullable String severity,
                      @RequestParam(required = false) @Nullable String accountId,
                      @RequestParam(required = false) @Nullable String q,
                      @RequestParam(required = false) @Nullable String sort,
                      @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
        IncidentPage page = incidents.list(new IncidentFilter(status, severity, accountId, q, sort), offset, limit);
        return new IncidentList(page.total(), page.items().stream().map(IncidentJson::of).toList());
    }

    @Operation(summary = "Declare an incident")
    @PostMapping
    ResponseEntity<IncidentJson> declare(@RequestBody NewIncident body) {
        Incident incident = incidents.declare(body);
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + incident.id())).body(IncidentJson.of(incident));
    }

    @Operation(summary = "Get an incident")
    @GetMapping("/{id}")
    IncidentJson get(@PathVariable UUID id) {
        return incidents.find(id).map(IncidentJson::of).orElseThrow(() -> new NoSuchElementException("No incident "
                + id));
    }

    @Operation(summary = "Change an incident's status")
    @ApiResponse(responseCode = "409",
            description = "The incident's status does not allow this transition, or it changed meanwhile")
    @PostMapping("/{id}/transitions")
    IncidentJson transition(@PathVariable UUID id, @RequestBody Transition body) {
        return IncidentJson.of(incidents.transition(id, body.to()));
    }

    /** Corrects when impact started ({@code startedAt}) or the severity; absent fields stay. */
    @Operation(summary = "Correct an incident's start or severity", description = "Absent fields stay.")
    @ApiResponse(responseCode = "409", description = "The incident changed meanwhile")
    @PatchMapping("/{id}")
    IncidentJson edit(@PathVariable UUID id, @RequestBody IncidentEdit body) {
        return IncidentJson.of(incidents.edit(id, body));
    }

    @Operation(summary = "List changes around an incident")
    @GetMapping("/{id}/changes")
    ChangeList changes(@PathVariable UUID id) {
        Incident incident = incidents.find(id).orElseThrow(() -> new NoSuchElementException("No incident " + id));
        ChangeWindow window = incidents.changeWindow(incident);
        List<ChangeJson> items = incidents.changes(id).stream().map(ChangeJson::of).toList();
        return new ChangeList(window.from(), window.to(), items.size(), items);
    }

    @Operation(summary = "Get an incident's timeline")
    @GetMapping("/{id}/timeline")
    List<TimelineEntry> timeline(@PathVariable UUID id) {
        return incidents.timeline(id);
    }
}
