package dev.skyway.portal.incidents.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.skyway.portal.incidents.AlertIntake;
import dev.skyway.portal.incidents.IntakeOutcome;

/**
 * {@code /api/v1/incidents/intake/...}: where senders post, without a portal login (the facade authenticates them).
 * SNS posts {@code text/plain} JSON and needs a 2xx to stop retrying; Alertmanager retries on 5xx only; the Events API
 * answers 202 with the dedup key.
 */
@Tag(name = "Incidents")
@RestController
@RequestMapping("/api/v1/incidents/intake")
class IntakeController {

    private final AlertIntake intake;

    IntakeController(AlertIntake intake) {
        this.intake = intake;
    }

    @Operation(summary = "Receive an Amazon SNS alert",
            description = "For the integration's SNS subscription: authenticated by the integration's secret in the "
                    + "path and SNS's message signature, not by a portal login.")
    @PostMapping("/sns/{integrationId}/{secret}")
    Map<String, Object> sns(@PathVariable UUID integrationId, @PathVariable String secret,
                            @RequestBody(required = false) @Nullable String body,
                            @RequestHeader(name = "x-amz-sns-message-type", required = false) @Nullable String type,
                            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false)
                            @Nullable String contentType) {
        return answer(intake.sns(integrationId, secret, body == null ? "" : body, type, contentType));
    }

    @Operation(summary = "Receive Alertmanager alerts",
            description = "Authenticated by the integration's bearer token, not by a portal login.")
    @PostMapping("/alertmanager/{integrationId}")
    Map<String, Object> alertmanager(@PathVariable UUID integrationId,
                                     @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
                                     @Nullable String authorization,
                                     @RequestBody(required = false) @Nullable String body,
                                     @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false)
                                     @Nullable String contentType) {
        return answer(intake.alertmanager(integrationId, authorization, body == null ? "" : body, contentType));
    }

    @Operation(summary = "Receive generic alert events",
            description = "Authenticated by the integration's bearer token, not by a portal login.")
    @PostMapping("/events/{integrationId}")
    ResponseEntity<Map<String, Object>> events(@PathVariable UUID integrationId,
                                               @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false)
                                               @Nullable String authorization,
                                               @RequestBody(required = false) @Nullable String body,
                                               @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false)
                                               @Nullable String contentType) {
        IntakeOutcome outcome = intake.events(integrationId, authorization, body == null ? "" : body, contentType);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", "success");
        answer.put("message", outcome.result() == IntakeOutcome.Result.DUPLICATE ? "Event already received"
                : "Event processed");
        answer.put("dedup_key", outcome.dedupKey());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(answer);
    }

    private static Map<String, Object> answer(IntakeOutcome outcome) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", "success");
        answer.put("result", outcome.result().name());
        answer.put("alerts", outcome.alerts());
        return answer;
    }
}
