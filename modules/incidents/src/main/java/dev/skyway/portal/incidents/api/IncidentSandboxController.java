package dev.skyway.portal.incidents.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.skyway.portal.incidents.IncidentSandbox;

/**
 * {@code POST /api/v1/incidents/sandbox/alerts} (platform admins, sandbox mode only: 409 otherwise): sends a burst of
 * simulated CloudWatch alarms and an AWS Health event for the sandbox accounts through the SNS intake path.
 */
@RestController
class IncidentSandboxController {

    private final IncidentSandbox sandbox;

    IncidentSandboxController(IncidentSandbox sandbox) {
        this.sandbox = sandbox;
    }

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
