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

import dev.skyway.portal.incidents.ActionItem;
import dev.skyway.portal.incidents.ActionItemDraft;
import dev.skyway.portal.incidents.Postmortem;
import dev.skyway.portal.incidents.PostmortemDraft;
import dev.skyway.portal.incidents.Postmortems;

/**
 * {@code /api/v1/incidents/{id}/postmortem}: read it (the template until saved), save it ({@code "status":
 * "PUBLISHED"} completes it and closes the resolved incident), add and change action items, export it as Markdown.
 */
@RestController
@RequestMapping("/api/v1/incidents/{id}")
class PostmortemsController {

    static final MediaType MARKDOWN = MediaType.parseMediaType("text/markdown;charset=UTF-8");

    private final Postmortems postmortems;

    PostmortemsController(Postmortems postmortems) {
        this.postmortems = postmortems;
    }

    @GetMapping("/postmortem")
    Postmortem get(@PathVariable UUID id) {
        return postmortems.find(id);
    }

    @PutMapping("/postmortem")
    Postmortem save(@PathVariable UUID id, @RequestBody PostmortemDraft body) {
        return postmortems.save(id, body);
    }

    @PostMapping("/postmortem/action-items")
    ResponseEntity<ActionItem> add(@PathVariable UUID id, @RequestBody ActionItemDraft body) {
        ActionItem item = postmortems.addActionItem(id, body);
        return ResponseEntity.created(URI.create("/api/v1/incidents/" + id + "/postmortem/action-items/"
                + item.id())).body(item);
    }

    @PatchMapping("/postmortem/action-items/{itemId}")
    ActionItem change(@PathVariable UUID id, @PathVariable UUID itemId, @RequestBody ActionItemDraft body) {
        return postmortems.updateActionItem(id, itemId, body);
    }

    @GetMapping(value = "/postmortem.md")
    ResponseEntity<String> markdown(@PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MARKDOWN)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"postmortem-" + id + ".md\"")
                .body(postmortems.markdown(id));
    }
}
