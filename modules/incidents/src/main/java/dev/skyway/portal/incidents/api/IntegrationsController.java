package dev.skyway.portal.incidents.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.skyway.portal.incidents.CreatedIntegration;
import dev.skyway.portal.incidents.Integration;
import dev.skyway.portal.incidents.IntegrationType;
import dev.skyway.portal.incidents.Integrations;

/** {@code /api/v1/incidents/integrations}: platform admins create intake endpoints and list them. */
@Tag(name = "Incidents")
@RestController
@RequestMapping("/api/v1/incidents/integrations")
class IntegrationsController {

    private final Integrations integrations;

    IntegrationsController(Integrations integrations) {
        this.integrations = integrations;
    }

    record NewIntegration(@Nullable String type, @Nullable String name) {
    }

    /** The secret is in the answer this once (for SNS also in the url). */
    record Created(UUID id, String type, String name, String url, String secret) {
    }

    /**
     * @param url where to post; for SNS {@code null}: its URL holds the secret, which was shown at creation only
     */
    record Listed(UUID id, String type, String name, @Nullable String url, boolean enabled, String createdBy,
                  Instant createdAt, @Nullable String snsTopicArn, @Nullable Instant snsConfirmedAt,
                  @Nullable Instant lastMessageAt) {
    }

    @Operation(summary = "Create an alert integration",
            description = "Answers the integration's secret this once (for SNS also in its URL).")
    @PostMapping
    ResponseEntity<Created> create(@RequestBody NewIntegration body) {
        CreatedIntegration created = integrations.create(body.type(), body.name());
        Integration integration = created.integration();
        return ResponseEntity.created(URI.create("/api/v1/incidents/integrations/" + integration.id()))
                .body(new Created(integration.id(), integration.type().wireName(), integration.name(), created.url(),
                        created.secret()));
    }

    @Operation(summary = "List alert integrations")
    @GetMapping
    List<Listed> list() {
        return integrations.list().stream().map(i -> new Listed(i.id(), i.type().wireName(), i.name(),
                i.type() == IntegrationType.SNS ? null : i.intakePath(), i.enabled(), i.createdBy(), i.createdAt(),
                i.snsTopicArn(), i.snsConfirmedAt(), i.lastMessageAt())).toList();
    }
}
