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

import dev.skyway.portal.incidents.internal.freeze.Holds;

/**
 * {@code /api/v1/incidents/{id}/holds}: the changes an incident's freeze holds or held, and the commander's release
 * of one of them (the held approval stage's id, as the subject's {@code stages[]} shows it); the body is optional.
 */
@RestController
@RequestMapping("/api/v1/incidents/{id}/holds")
class HoldsController {

    private final Holds holds;

    HoldsController(Holds holds) {
        this.holds = holds;
    }

    record Release(@Nullable String reason) {
    }

    @GetMapping
    List<Holds.Hold> list(@PathVariable UUID id) {
        return holds.of(id);
    }

    @PostMapping("/{stageId}/release")
    Holds.Hold release(@PathVariable UUID id, @PathVariable UUID stageId, @RequestBody(required = false)
                       @Nullable Release body) {
        return holds.release(id, stageId, body == null ? null : body.reason());
    }
}
