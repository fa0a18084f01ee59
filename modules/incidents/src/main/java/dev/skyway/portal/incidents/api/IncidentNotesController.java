package dev.skyway.portal.incidents.api;

import java.net.URI;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.skyway.portal.incidents.Incidents;
import dev.skyway.portal.incidents.TimelineEntry;

/** {@code POST /api/v1/incidents/{id}/notes}: anyone signed in adds a note to an incident's timeline. */
@Tag(name = "Incidents")
@RestController
class IncidentNotesController {

    private final Incidents incidents;

    IncidentNotesController(Incidents incidents) {
        this.incidents = incidents;
    }

    record Note(@Nullable String text) {
    }

    @Operation(summary = "Add a note to an incident's timeline")
    @PostMapping("/api/v1/incidents/{id}/notes")
    ResponseEntity<TimelineEntry> add(@PathVariable UUID id, @RequestBody Note body) {
        TimelineEntry entry = incidents.addNote(id, body.text());
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + id + "/timeline")).body(entry);
    }
}
