package dev.skyway.portal.incidents.ui;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import dev.skyway.portal.incidents.Incident;
import dev.skyway.portal.incidents.IncidentConflictException;
import dev.skyway.portal.incidents.IncidentStatus;
import dev.skyway.portal.incidents.IncidentTransitionException;
import dev.skyway.portal.incidents.Incidents;
import dev.skyway.portal.incidents.IncidentsValidationException;
import dev.skyway.portal.incidents.Postmortem;
import dev.skyway.portal.incidents.Postmortems;
import dev.skyway.portal.platform.ui.kit.EmptyState;
import dev.skyway.portal.platform.ui.kit.Formats;
import dev.skyway.portal.platform.ui.kit.PageHeader;

/**
 * An incident's postmortem, for everyone signed in: the template's sections (the timeline prefilled from the
 * incident's), saved as a draft by anyone; the action items with owners and due dates; the Markdown download; and,
 * once the incident is resolved, "Publish" completes the postmortem and closes the incident (its commander or a
 * platform admin).
 */
@Route("incidents/:id/postmortem")
@PageTitle("Postmortem · Skyway")
@RolesAllowed({"ENGINEER", "APPROVER", "FINANCE", "SECURITY", "PLATFORM_ADMIN"})
public class PostmortemView extends Div implements BeforeEnterObserver {

    private final transient Incidents incidents;
    private final transient Postmortems postmortems;

    @Nullable UUID incidentId;
    @Nullable Postmortem postmortem;
    final PostmortemSections sections = new PostmortemSections();
    final Button save = new Button("Save draft", VaadinIcon.CHECK.create());
    final Button publish = new Button("Publish and close incident", VaadinIcon.FLAG_CHECKERED.create());
    final Span state = new Span();
    final Paragraph note = new Paragraph();
    @Nullable PostmortemActionItems actionItems;

    PostmortemView(Incidents incidents, Postmortems postmortems) {
        this.incidents = incidents;
        this.postmortems = postmortems;
        addClassName("page");
        save.setId("postmortem-save");
        save.addClickListener(e -> save(null));
        publish.setId("postmortem-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> save("PUBLISHED"));
        state.setId("postmortem-state");
        note.setId("postmortem-note");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            UUID id = UUID.fromString(event.getRouteParameters().get("id").orElse(""));
            Incident incident = incidents.find(id).orElseThrow(() -> new IllegalArgumentException("no incident"));
            show(incident);
        } catch (IllegalArgumentException | AccessDeniedException e) {
            add(new EmptyState(VaadinIcon.FILE_TEXT_O, "No such incident", "It does not exist, or its address is "
                    + "mistyped.", new Anchor("incidents", "Back to incidents")));
        }
    }

    void show(Incident incident) {
        incidentId = incident.id();
        actionItems = new PostmortemActionItems(postmortems, incident.id(), this::reload);
        Anchor markdown = new Anchor(DownloadHandler.fromInputStream(event -> new com.vaadin.flow.server.streams
                .DownloadResponse(new java.io.ByteArrayInputStream(postmortems.markdown(incident.id())
                .getBytes(StandardCharsets.UTF_8)), "postmortem-" + incident.reference() + ".md",
                "text/markdown; charset=utf-8", -1)), "");
        markdown.add(VaadinIcon.DOWNLOAD.create());
        markdown.add(" Markdown");
        markdown.setId("postmortem-markdown");
        add(new Anchor("incidents/" + incident.id(), "← " + incident.reference()),
                new PageHeader("Postmortem: " + incident.reference() + " " + incident.title(), incident.severity()
                        + " · " + incident.status() + " · what happened, why, and what we change so it does not "
                        + "happen again.", markdown, save, publish),
                new Div(state, note), sections, actionItems);
        reload();
    }

    void reload() {
        UUID id = incidentId;
        if (id == null || actionItems == null) {
            return;
        }
        Incident incident = incidents.find(id).orElseThrow();
        Postmortem p = postmortems.find(id);
        postmortem = p;
        sections.show(p);
        boolean published = p.status() == Postmortem.Status.PUBLISHED;
        state.setText(published ? "Published" : p.saved() ? "Draft" : "Template (not saved yet)");
        state.getElement().getThemeList().clear();
        state.getElement().getThemeList().add("badge" + (published ? " success" : " contrast"));
        publish.setEnabled(!published && incident.status() == IncidentStatus.RESOLVED);
        note.setText(published ? "Published " + Formats.dateTimeWithZone(p.publishedAt()) + "; the incident "
                + "is closed. Sections stay editable for corrections; action items are tracked until done."
                : incident.status() == IncidentStatus.RESOLVED ? "Publishing completes the postmortem and closes "
                + incident.reference() + "." : "The incident is " + incident.status() + ": it can be published once "
                + "it is resolved. Drafting may start now.");
        actionItems.setEditable(true);
        actionItems.show(p.actionItems());
    }

    void save(@Nullable String status) {
        UUID id = incidentId;
        Postmortem current = postmortem;
        if (id == null || current == null) {
            return;
        }
        try {
            postmortems.save(id, sections.draft(status, current.saved() ? current.version() : null));
            sections.showProblems(java.util.Map.of());
            toast(status == null ? "Postmortem saved" : "Postmortem published; the incident is closed", false);
            reload();
        } catch (IncidentsValidationException e) {
            sections.showProblems(e.problems());
        } catch (IncidentConflictException | IncidentTransitionException | AccessDeniedException e) {
            toast(e.getMessage(), true);
        }
    }

    private static void toast(@Nullable String text, boolean error) {
        Notification n = Notification.show(text == null ? "" : text, 5000, Notification.Position.BOTTOM_START);
        if (error) {
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
