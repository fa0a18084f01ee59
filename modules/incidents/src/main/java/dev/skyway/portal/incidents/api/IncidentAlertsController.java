package dev.skyway.portal.incidents.api;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.skyway.portal.incidents.IncidentAlerts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code /api/v1/incidents/{id}/alerts}: attach an alert to an incident by hand. An alert on another open incident is
 * a 409 (with that incident's id) unless {@code move} is true.
 */
@RestController
@Tag(name = "Incidents")
@RequestMapping("/api/v1/incidents/{id}/alerts")
class IncidentAlertsController {

    private final IncidentAlerts alerts;

    IncidentAlertsController(IncidentAlerts alerts) {
        this.alerts = alerts;
    }

    /** @param move take the alert from another open incident it is on */
    record Attachment(@Nullable UUID alertId, @Nullable Boolean move) {
    }

    /** Answers the incident's alerts, oldest first. */
    @Operation(summary = "Attach an alert to an incident (or move it there)",
            description = "An alert on another open incident is refused with 409 naming that incident, unless move is true.")
    @ApiResponse(responseCode = "409", description = "The alert is on another open incident")
    @PostMapping
    List<AlertsController.AlertJson> attach(@PathVariable UUID id, @RequestBody Attachment body) {
        return alerts.attach(id, body.alertId(), Boolean.TRUE.equals(body.move())).stream()
                .map(AlertsController.AlertJson::of).toList();
    }
}
