package dev.skyway.portal.incidents.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.skyway.portal.incidents.Incidents;
import dev.skyway.portal.incidents.RoleAssignment;

/**
 * {@code /api/v1/incidents/{id}/roles}: who is commander, scribe and communications lead. The commander (or a platform
 * admin) assigns them; giving the commander role to someone else hands over command.
 */
@Tag(name = "Incidents")
@RestController
@RequestMapping("/api/v1/incidents/{id}/roles")
class IncidentRolesController {

    private final Incidents incidents;

    IncidentRolesController(Incidents incidents) {
        this.incidents = incidents;
    }

    /** @param user {@code issuer#subject} or a demo user's username; {@code name} how they are shown */
    record Assignment(@Nullable String user, @Nullable String name) {
    }

    record RoleJson(String role, IncidentsController.PersonJson person, Instant assignedAt) {

        static RoleJson of(RoleAssignment a) {
            return new RoleJson(a.role().name(), IncidentsController.PersonJson.of(a.person()), a.assignedAt());
        }
    }

    @Operation(summary = "List an incident's roles")
    @GetMapping
    List<RoleJson> list(@PathVariable UUID id) {
        return incidents.roles(id).stream().map(RoleJson::of).toList();
    }

    @Operation(summary = "Assign an incident role")
    @PutMapping("/{role}")
    List<RoleJson> assign(@PathVariable UUID id, @PathVariable String role, @RequestBody Assignment body) {
        return incidents.assignRole(id, role, body.user(), body.name()).stream().map(RoleJson::of).toList();
    }

    /** The commander role cannot be left empty: hand it over with a PUT instead (400). */
    @Operation(summary = "Take a role (scribe or communications) from its holder")
    @DeleteMapping("/{role}")
    List<RoleJson> remove(@PathVariable UUID id, @PathVariable String role) {
        return incidents.removeRole(id, role).stream().map(RoleJson::of).toList();
    }
}
