package dev.skyway.portal.incidents.api;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.skyway.portal.incidents.ActionItem;
import dev.skyway.portal.incidents.ActionItemDraft;
import dev.skyway.portal.incidents.Postmortem;
import dev.skyway.portal.incidents.PostmortemDraft;
import dev.skyway.portal.incidents.Postmortems;

/**
 * {@code /api/v1/incidents/{id}/postmortem}: read it (the template until saved), save it ({@code "status":
 * "PUBLISHED"} completes it and closes the resolved incident), add and change action items, export it as Markdown.
 */
@Tag(name = "Incidents")
@RestController
@RequestMapping("/api/v1/incidents/{id}")
class PostmortemsController {

    static final MediaType MARKDOWN = MediaType.parseMediaType("text/markdown;charset=UTF-8");

    private final Postmortems postmortems;

    PostmortemsController(Postmortems postmortems) {
        this.postmortems = postmortems;
    }

    @Operation(summary = "Get an incident's postmortem")
    @GetMapping("/postmortem")
    Postmortem get(@PathVariable UUID id) {
        return postmortems.find(id);
    }

    @Operation(summary = "Save an incident's postmortem")
    @ApiResponse(responseCode = "409", description = "The postmortem changed meanwhile, or it is published")
    @PutMapping("/postmortem")
    Postmortem save(@PathVariable UUID id, @RequestBody PostmortemDraft body) {
        return postmortems.save(id, body);
    }

    @Operation(summary = "Add a postmortem action item")
    @PostMapping("/postmortem/action-items")
    ResponseEntity<ActionItem> add(@PathVariable UUID id, @RequestBody ActionItemDraft body) {
        ActionItem item = postmortems.addActionItem(id, body);
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + id + "/postmortem/action-items/"
                + item.id())).body(item);
    }

    @Operation(summary = "Change a postmortem action item")
    @PatchMapping("/postmortem/action-items/{itemId}")
    ActionItem change(@PathVariable UUID id, @PathVariable UUID itemId, @RequestBody ActionItemDraft body) {
        return postmortems.updateActionItem(id, itemId, body);
    }

    @Operation(summary = "Download a postmortem as Markdown")
    @GetMapping(value = "/postmortem.md")
    ResponseEntity<String> markdown(@PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MARKDOWN)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"postmortem-" + id + ".md\"")
                .body(postmortems.markdown(id));
    }
}
