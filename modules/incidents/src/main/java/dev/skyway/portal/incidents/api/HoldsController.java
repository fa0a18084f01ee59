package dev.skyway.portal.incidents.api;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.skyway.portal.incidents.internal.freeze.Holds;

/**
 * {@code /api/v1/incidents/{id}/holds}: the changes an incident's freeze holds or held, and the commander's release
 * of one of them (the held approval stage's id, as the subject's {@code stages[]} shows it); the body is optional.
 */
@Tag(name = "Incidents")
@RestController
@RequestMapping("/api/v1/incidents/{id}/holds")
class HoldsController {

    private final Holds holds;

    HoldsController(Holds holds) {
        this.holds = holds;
    }

    record Release(@Nullable String reason) {
    }

    @Operation(summary = "List the changes an incident's freeze holds")
    @GetMapping
    List<Holds.Hold> list(@PathVariable UUID id) {
        return holds.of(id);
    }

    @Operation(summary = "Release a change held by an incident's freeze",
            description = "The commander releases one held approval stage (its id as the subject's stages[] shows it); "
                    + "the body is optional.")
    @PostMapping("/{stageId}/release")
    Holds.Hold release(@PathVariable UUID id, @PathVariable UUID stageId, @RequestBody(required = false)
                       @Nullable Release body) {
        return holds.release(id, stageId, body == null ? null : body.reason());
    }
}
