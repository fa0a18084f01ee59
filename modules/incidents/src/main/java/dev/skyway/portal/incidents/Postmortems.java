package dev.skyway.portal.incidents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.incidents.internal.lifecycle.TimelineStore;
import dev.skyway.portal.incidents.internal.postmortems.ActionItemStore;
import dev.skyway.portal.incidents.internal.postmortems.PostmortemCheck;
import dev.skyway.portal.incidents.internal.postmortems.PostmortemMarkdown;
import dev.skyway.portal.incidents.internal.postmortems.PostmortemStore;
import dev.skyway.portal.incidents.internal.postmortems.PostmortemTemplate;
import dev.skyway.portal.platform.audit.AuditLedger;
import dev.skyway.portal.platform.audit.AuditRecord;
import dev.skyway.portal.platform.identity.CurrentUser;

/**
 * Postmortems, for everyone signed in: an incident's postmortem starts as a template (its timeline prefilled) and is
 * written together; publishing it completes it and closes the resolved incident (through {@link Incidents}, so only
 * its commander or a platform admin may). Action items are tracked with owners and due dates.
 */
@Service
public class Postmortems {

    private final Incidents incidents;
    private final PostmortemStore postmortems;
    private final ActionItemStore items;
    private final TimelineStore timeline;
    private final CurrentUser currentUser;
    private final AuditLedger audit;
    private final Clock clock;

    Postmortems(Incidents incidents, PostmortemStore postmortems, ActionItemStore items, TimelineStore timeline,
                CurrentUser currentUser, AuditLedger audit, Clock clock) {
        this.incidents = incidents;
        this.postmortems = postmortems;
        this.items = items;
        this.timeline = timeline;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The stored postmortem, or the template (version 0) when nobody saved one yet.
     *
     * @throws NoSuchElementException when there is no such incident
     */
    @PreAuthorize(Incidents.SIGNED_IN)
    @Transactional(readOnly = true)
    public Postmortem find(UUID incidentId) {
        Incident incident = incident(incidentId);
        return postmortems.find(incidentId, items.of(incidentId))
                .orElseGet(() -> PostmortemTemplate.of(incident, incidents.timeline(incidentId)));
    }

    /**
     * Saves the sections; {@code PUBLISHED} completes the postmortem and closes the incident.
     *
     * @throws NoSuchElementException        when there is no such incident
     * @throws IncidentsValidationException  naming each field's problem
     * @throws IncidentConflictException     when someone saved it since {@code draft.version()}
     * @throws IncidentTransitionException   when publishing and the incident is not resolved
     * @throws org.springframework.security.access.AccessDeniedException when publishing and someone else commands it
     */
    @PreAuthorize(Incidents.SIGNED_IN)
    @Transactional
    public Postmortem save(UUID incidentId, PostmortemDraft draft) {
        Incident incident = incident(incidentId);
        PostmortemCheck.Checked checked = PostmortemCheck.check(draft);
        Instant now = clock.instant();
        Participant author = Participant.of(currentUser.get());
        boolean wasPublished = postmortems.find(incidentId, java.util.List.of())
                .map(p -> p.status() == Postmortem.Status.PUBLISHED).orElse(false);
        if (!postmortems.exists(incidentId)) {
            postmortems.insert(incidentId, checked.sections(), checked.status(), author, now);
        } else if (!postmortems.update(incidentId, checked.sections(), checked.status(), draft.version(), now)) {
            throw new IncidentConflictException("The postmortem of " + incident.reference()
                    + " was saved meanwhile; read it again");
        }
        if (checked.status() == Postmortem.Status.PUBLISHED && !wasPublished) {
            timeline.append(incidentId, now, "POSTMORTEM", author, "Postmortem published by " + author.name(), null,
                    null);
            if (incident.status() != IncidentStatus.CLOSED) {
                incidents.transition(incidentId, IncidentStatus.CLOSED.name());
            }
            audit.append(AuditRecord.of("incidents.postmortem-published", "incident", incidentId.toString(),
                    Map.of("reference", incident.reference())));
        }
        return find(incidentId);
    }

    /**
     * @throws NoSuchElementException       when there is no such incident
     * @throws IncidentsValidationException naming each field's problem
     */
    @PreAuthorize(Incidents.SIGNED_IN)
    @Transactional
    public ActionItem addActionItem(UUID incidentId, ActionItemDraft draft) {
        incident(incidentId);
        PostmortemCheck.ActionItemFields fields = PostmortemCheck.check(draft, null);
        Instant now = clock.instant();
        Participant actor = Participant.of(currentUser.get());
        if (!postmortems.exists(incidentId)) {
            Postmortem template = find(incidentId);
            postmortems.insert(incidentId, new PostmortemStore.Sections(template.summary(), template.impact(),
                    template.timeline(), template.rootCauses(), template.wentWell(), template.wentBadly()),
                    Postmortem.Status.DRAFT, actor, now);
        }
        ActionItem item = new ActionItem(UUID.randomUUID(), incidentId, fields.title(), fields.status(),
                fields.owner(), fields.dueDate(), now, null);
        items.insert(item);
        timeline.append(incidentId, now, "ACTION_ITEM", actor, "Action item: " + item.title(), null,
                new TimelineStore.Ref("action-item", item.id().toString(), null));
        return item;
    }

    /**
     * Changes the fields given (status DONE marks it done now).
     *
     * @throws NoSuchElementException       when there is no such incident or item
     * @throws IncidentsValidationException naming each field's problem
     */
    @PreAuthorize(Incidents.SIGNED_IN)
    @Transactional
    public ActionItem updateActionItem(UUID incidentId, UUID itemId, ActionItemDraft draft) {
        incident(incidentId);
        ActionItem current = items.find(incidentId, itemId)
                .orElseThrow(() -> new NoSuchElementException("No action item " + itemId));
        PostmortemCheck.ActionItemFields fields = PostmortemCheck.check(draft, current);
        Instant now = clock.instant();
        Instant doneAt = fields.status() == ActionItem.Status.DONE
                ? (current.doneAt() != null ? current.doneAt() : now) : null;
        ActionItem changed = new ActionItem(current.id(), incidentId, fields.title(), fields.status(),
                fields.owner(), fields.dueDate(), current.createdAt(), doneAt);
        items.update(changed);
        if (current.status() != changed.status()) {
            timeline.append(incidentId, now, "ACTION_ITEM", Participant.of(currentUser.get()), "Action item "
                    + changed.status().name().toLowerCase(java.util.Locale.ROOT) + ": " + changed.title(), null,
                    new TimelineStore.Ref("action-item", changed.id().toString(), null));
        }
        return changed;
    }

    /**
     * The postmortem (or the template) as one Markdown document.
     *
     * @throws NoSuchElementException when there is no such incident
     */
    @PreAuthorize(Incidents.SIGNED_IN)
    @Transactional(readOnly = true)
    public String markdown(UUID incidentId) {
        return PostmortemMarkdown.of(incident(incidentId), find(incidentId),
                LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    private Incident incident(UUID incidentId) {
        return incidents.find(incidentId).orElseThrow(() -> new NoSuchElementException("No incident " + incidentId));
    }
}
