package dev.skyway.portal.incidents.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.skyway.portal.incidents.IncidentSandbox;

/**
 * {@code POST /api/v1/incidents/sandbox/alerts} (platform admins, sandbox mode only: 409 otherwise): sends a burst of
 * simulated CloudWatch alarms and an AWS Health event for the sandbox accounts through the SNS intake path.
 */
@Tag(name = "Incidents")
@RestController
class IncidentSandboxController {

    private final IncidentSandbox sandbox;

    IncidentSandboxController(IncidentSandbox sandbox) {
        this.sandbox = sandbox;
    }

    @Operation(summary = "Simulate alerts (sandbox)",
            description = "Sends a burst of simulated CloudWatch alarms and an AWS Health event for the sandbox "
                    + "accounts through the SNS intake path (platform admins).")
    @ApiResponse(responseCode = "409", description = "Only the sandbox simulates alerts")
    @PostMapping("/api/v1/incidents/sandbox/alerts")
    ResponseEntity<IncidentSandbox.Simulation> simulate() {
        return ResponseEntity.accepted().body(sandbox.simulateAlerts());
    }

    @ExceptionHandler(IncidentSandbox.SandboxOnlyException.class)
    ProblemDetail sandboxOnly(IncidentSandbox.SandboxOnlyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Sandbox only");
        return problem;
    }
}
