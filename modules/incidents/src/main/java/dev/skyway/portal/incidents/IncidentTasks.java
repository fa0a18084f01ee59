package dev.skyway.portal.incidents;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.incidents.internal.lifecycle.TimelineStore;
import dev.skyway.portal.incidents.internal.work.TaskStore;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.PortalUser;

/**
 * An incident's tasks, for everyone signed in: anyone working on it adds tasks, takes or hands them over and marks
 * them done; each of these is on the incident's timeline.
 */
@Service
public class IncidentTasks {

    static final int MAX_TITLE = 512;
    static final int MAX_OWNER = 255;

    private final Incidents incidents;
    private final TaskStore tasks;
    private final TimelineStore timeline;
    private final CurrentUser currentUser;
    private final Clock clock;

    IncidentTasks(Incidents incidents, TaskStore tasks, TimelineStore timeline, CurrentUser currentUser,
                  Clock clock) {
        this.incidents = incidents;
        this.tasks = tasks;
        this.timeline = timeline;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Oldest first.
     *
     * @throws NoSuchElementException when there is no such incident
     */
    @PreAuthorize(Incidents.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<IncidentTask> of(UUID incidentId) {
        incident(incidentId);
        return tasks.of(incidentId);
    }

    /**
     * @throws NoSuchElementException       when there is no such incident
     * @throws IncidentsValidationException naming each field's problem
     */
    @PreAuthorize(Incidents.SIGNED_IN)
    @Transactional
    public IncidentTask add(UUID incidentId, TaskDraft draft) {
        incident(incidentId);
        Map<String, String> problems = new LinkedHashMap<>();
        String title = title(draft.title(), problems);
        String owner = owner(draft.owner(), null, problems);
        fail(problems);
        PortalUser user = currentUser.get();
        Instant now = clock.instant();
        boolean done = Boolean.TRUE.equals(draft.done());
        IncidentTask task = new IncidentTask(UUID.randomUUID(), incidentId, title, done, owner,
                user.key().subject(), now, done ? now : null);
        tasks.insert(task, user.key());
        timeline.append(incidentId, now, "TASK", Participant.of(user), "Task added: " + title
                + (owner == null ? "" : " (owner: " + owner + ")"), null, ref(task));
        return task;
    }

    /**
     * Changes the owner, the title or whether it is done (the fields given).
     *
     * @throws NoSuchElementException       when there is no such incident or task
     * @throws IncidentsValidationException naming each field's problem
     */
    @PreAuthorize(Incidents.SIGNED_IN)
    @Transactional
    public IncidentTask update(UUID incidentId, UUID taskId, TaskDraft draft) {
        incident(incidentId);
        IncidentTask current = tasks.find(incidentId, taskId)
                .orElseThrow(() -> new NoSuchElementException("No task " + taskId));
        Map<String, String> problems = new LinkedHashMap<>();
        String title = draft.title() == null ? current.title() : title(draft.title(), problems);
        String owner = owner(draft.owner(), current.owner(), problems);
        fail(problems);
        Instant now = clock.instant();
        boolean done = draft.done() == null ? current.done() : draft.done();
        IncidentTask changed = new IncidentTask(current.id(), incidentId, title, done, owner, current.createdBy(),
                current.createdAt(), done ? (current.doneAt() == null ? now : current.doneAt()) : null);
        tasks.update(changed);
        Participant actor = Participant.of(currentUser.get());
        if (done != current.done()) {
            timeline.append(incidentId, now, "TASK", actor, (done ? "Task done: " : "Task reopened: ") + title,
                    null, ref(changed));
        }
        if (!java.util.Objects.equals(owner, current.owner())) {
            timeline.append(incidentId, now, "TASK", actor, "Task " + title + ": owner "
                    + (owner == null ? "none" : owner), null, ref(changed));
        }
        return changed;
    }

    private static TimelineStore.Ref ref(IncidentTask task) {
        return new TimelineStore.Ref("task", task.id().toString(), null);
    }

    private static String title(@Nullable String text, Map<String, String> problems) {
        String title = text == null ? "" : text.strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            problems.put("title", "must have 1 to " + MAX_TITLE + " characters");
        }
        return title;
    }

    private static @Nullable String owner(@Nullable String text, @Nullable String current,
                                          Map<String, String> problems) {
        if (text == null) {
            return current;
        }
        String owner = text.isBlank() ? null : text.strip();
        if (owner != null && owner.length() > MAX_OWNER) {
            problems.put("owner", "must have at most " + MAX_OWNER + " characters");
        }
        return owner;
    }

    private static void fail(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new IncidentsValidationException(problems);
        }
    }

    private Incident incident(UUID incidentId) {
        return incidents.find(incidentId).orElseThrow(() -> new NoSuchElementException("No incident " + incidentId));
    }
}
