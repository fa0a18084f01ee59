package dev.skyway.portal.incidents.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.skyway.portal.incidents.IncidentTask;
import dev.skyway.portal.incidents.IncidentTasks;
import dev.skyway.portal.incidents.StatusUpdate;
import dev.skyway.portal.incidents.StatusUpdates;
import dev.skyway.portal.incidents.Subscriber;
import dev.skyway.portal.incidents.SubscriberDraft;
import dev.skyway.portal.incidents.TaskDraft;

/**
 * An incident's tasks ({@code /tasks}), status updates ({@code /status-updates}, sent to the subscribers) and
 * subscribers ({@code /subscribers}; DELETE names the subscriber in the body or as {@code ?channel=&target=}).
 */
@Tag(name = "Incidents")
@RestController
@RequestMapping("/api/v1/incidents/{id}")
class IncidentWorkController {

    private final IncidentTasks tasks;
    private final StatusUpdates updates;

    IncidentWorkController(IncidentTasks tasks, StatusUpdates updates) {
        this.tasks = tasks;
        this.updates = updates;
    }

    record Message(@Nullable String message) {
    }

    @Operation(summary = "List an incident's tasks")
    @GetMapping("/tasks")
    List<IncidentTask> tasks(@PathVariable UUID id) {
        return tasks.of(id);
    }

    @Operation(summary = "Add a task to an incident")
    @PostMapping("/tasks")
    ResponseEntity<IncidentTask> addTask(@PathVariable UUID id, @RequestBody TaskDraft body) {
        IncidentTask task = tasks.add(id, body);
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + id + "/tasks/" + task.id())).body(task);
    }

    @Operation(summary = "Change an incident task")
    @PatchMapping("/tasks/{taskId}")
    IncidentTask changeTask(@PathVariable UUID id, @PathVariable UUID taskId, @RequestBody TaskDraft body) {
        return tasks.update(id, taskId, body);
    }

    @Operation(summary = "List an incident's status updates")
    @GetMapping("/status-updates")
    List<StatusUpdate> statusUpdates(@PathVariable UUID id) {
        return updates.of(id);
    }

    @Operation(summary = "Post a status update")
    @PostMapping("/status-updates")
    ResponseEntity<StatusUpdate> post(@PathVariable UUID id, @RequestBody Message body) {
        StatusUpdate update = updates.post(id, body.message());
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + id + "/status-updates/" + update.id()))
                .body(update);
    }

    @Operation(summary = "List an incident's subscribers")
    @GetMapping("/subscribers")
    List<Subscriber> subscribers(@PathVariable UUID id) {
        return updates.subscribers(id);
    }

    @Operation(summary = "Subscribe to an incident")
    @PostMapping("/subscribers")
    ResponseEntity<Subscriber> subscribe(@PathVariable UUID id, @RequestBody SubscriberDraft body) {
        return ResponseEntity.status(201).body(updates.subscribe(id, body));
    }

    @Operation(summary = "Unsubscribe from an incident")
    @DeleteMapping("/subscribers")
    ResponseEntity<Void> unsubscribe(@PathVariable UUID id, @RequestBody(required = false) @Nullable SubscriberDraft body,
                                     @RequestParam(required = false) @Nullable String channel,
                                     @RequestParam(required = false) @Nullable String target) {
        SubscriberDraft draft = body != null && body.target() != null ? body : new SubscriberDraft(channel, target);
        if (!updates.unsubscribe(id, draft)) {
            throw new java.util.NoSuchElementException("No such subscriber of incident " + id);
        }
        return ResponseEntity.noContent().build();
    }
}
