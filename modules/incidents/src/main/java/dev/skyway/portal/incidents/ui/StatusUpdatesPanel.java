package dev.skyway.portal.incidents.ui;

import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import dev.skyway.portal.incidents.IncidentsValidationException;
import dev.skyway.portal.incidents.StatusUpdate;
import dev.skyway.portal.incidents.StatusUpdates;
import dev.skyway.portal.incidents.Subscriber;
import dev.skyway.portal.incidents.SubscriberDraft;
import dev.skyway.portal.platform.ui.kit.Formats;

/**
 * An incident's status updates, for its page: write one and send it to the subscribers (email, and the platform's
 * chat webhook), read the ones sent, and manage who is subscribed.
 */
public class StatusUpdatesPanel extends Div {

    private final transient StatusUpdates updates;
    private final UUID incidentId;

    final TextArea message = new TextArea("Status update");
    final Button send = new Button("Send update", VaadinIcon.PAPERPLANE.create());
    final Div sent = new Div();
    final Div subscribers = new Div();
    final TextField email = new TextField();
    final Button subscribe = new Button("Subscribe", VaadinIcon.ENVELOPE_O.create());

    public StatusUpdatesPanel(UUID incidentId, StatusUpdates updates) {
        this.updates = updates;
        this.incidentId = incidentId;
        addClassName("status-updates");
        setId("status-updates");
        message.setId("status-update-message");
        message.setWidthFull();
        message.setPlaceholder("Where it stands, what is being done, when the next update comes.");
        send.setId("status-update-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> send());
        sent.setId("status-updates-sent");
        subscribers.setId("status-update-subscribers");
        email.setPlaceholder("name@example.com");
        email.setId("subscriber-email");
        subscribe.setId("subscriber-add");
        subscribe.addClickListener(e -> subscribe());
        HorizontalLayout addSubscriber = new HorizontalLayout(email, subscribe);
        addSubscriber.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(new H3("Status updates"), message, send, sent, new H4("Subscribers"), subscribers, addSubscriber);
        reload();
    }

    void reload() {
        sent.removeAll();
        for (StatusUpdate update : updates.of(incidentId)) {
            Span meta = new Span(Formats.dateTime(update.postedAt()) + " · " + update.postedBy() + " · "
                    + update.incidentStatus() + " · to " + update.recipients()
                    + (update.failures() > 0 ? " · " + update.failures() + " channel(s) failed" : ""));
            meta.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            Paragraph text = new Paragraph(update.message());
            text.getStyle().set("white-space", "pre-wrap").set("margin", "0");
            Div item = new Div(meta, text);
            item.addClassName("status-update");
            item.getStyle().set("margin", "var(--lumo-space-s) 0");
            sent.add(item);
        }
        subscribers.removeAll();
        updates.subscribers(incidentId).forEach(s -> subscribers.add(subscriber(s)));
        if (subscribers.getChildren().findAny().isEmpty()) {
            subscribers.add(new Span("Nobody yet: updates are kept on the timeline only."));
        }
    }

    void send() {
        try {
            StatusUpdate update = updates.post(incidentId, message.getValue());
            message.clear();
            message.setInvalid(false);
            Notification.show("Sent to " + update.recipients() + (update.recipients() == 1 ? " subscriber"
                    : " subscribers") + (update.failures() > 0 ? "; " + update.failures() + " channel(s) failed" : ""));
            reload();
        } catch (IncidentsValidationException e) {
            message.setErrorMessage(e.problems().getOrDefault("message", e.getMessage()));
            message.setInvalid(true);
        }
    }

    void subscribe() {
        try {
            updates.subscribe(incidentId, new SubscriberDraft("EMAIL", email.getValue()));
            email.clear();
            email.setInvalid(false);
            reload();
        } catch (IncidentsValidationException e) {
            email.setErrorMessage(e.problems().getOrDefault("target", e.getMessage()));
            email.setInvalid(true);
        }
    }

    private Component subscriber(Subscriber s) {
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            updates.unsubscribe(incidentId, new SubscriberDraft(s.channel().name(), s.target()));
            reload();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        remove.setAriaLabel("Unsubscribe " + s.target());
        Span chip = new Span(new Span((s.channel() == Subscriber.Channel.EMAIL ? "" : "chat: ") + s.target()),
                remove);
        chip.getElement().getThemeList().add("badge contrast");
        chip.getStyle().set("margin-right", "var(--lumo-space-xs)");
        return chip;
    }
}
