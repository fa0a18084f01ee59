package dev.skyway.portal.accounts.ui;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import dev.skyway.portal.accounts.AccountRequest;
import dev.skyway.portal.accounts.AccountRequests;
import dev.skyway.portal.accounts.TimelineEntry;
import dev.skyway.portal.accounts.VendingQueue;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.platform.ui.kit.Confirm;
import dev.skyway.portal.platform.ui.kit.EmptyState;
import dev.skyway.portal.platform.ui.kit.Formats;
import dev.skyway.portal.platform.ui.kit.PageHeader;

/**
 * One account request: status (and why), queue position with an estimate, the account once created, the requested
 * values, baselines and their deployment, approval stages, and the timeline (submitted, decisions, queued, started,
 * account created, each baseline, budget, done or failed). The requester or a platform admin may cancel it before it
 * starts.
 */
@Route("account-requests/:id")
@PageTitle("Account request · Skyway")
@RolesAllowed({"ENGINEER", "APPROVER", "FINANCE", "SECURITY", "PLATFORM_ADMIN"})
public class AccountRequestDetailView extends Div implements BeforeEnterObserver {

    static final String ID = "id";

    private final transient AccountRequests requests;
    private final transient VendingQueue queue;
    private final transient CurrentUser currentUser;
    final Div timeline = new Div();

    AccountRequestDetailView(AccountRequests requests, VendingQueue queue, CurrentUser currentUser) {
        this.requests = requests;
        this.queue = queue;
        this.currentUser = currentUser;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getRouteParameters().get(ID).orElse(""));
    }

    void show(String id) {
        removeAll();
        AccountRequest r;
        try {
            r = requests.get(UUID.fromString(id));
        } catch (IllegalArgumentException | AccessDeniedException e) {
            add(new EmptyState(VaadinIcon.CLIPBOARD_CHECK, "Request not found", "There is no such request, or "
                    + "you may not see it.", new RouterLink("Back to account requests", AccountRequestsView.class)));
            return;
        }
        add(new RouterLink("← Account requests", AccountRequestsView.class));
        add(new PageHeader(r.title(), "Requested by " + r.requester().name() + " on "
                + Formats.dateTime(r.timing().createdAt())));
        Div facts = new Div();
        facts.setId("account-request-facts");
        Span badge = RequestBadges.status(r.status());
        badge.setId("account-request-status");
        facts.add(new Div(new Span("Status: "), badge));
        if (r.progress().reason() != null) {
            Paragraph reason = new Paragraph(r.progress().reason());
            reason.setId("account-request-reason");
            facts.add(reason);
        }
        queue.position(r.id()).ifPresent(q -> facts.add(line("Queue", "#" + q.position() + " of the "
                + "waiting requests; starts in " + RequestBadges.estimate(q.estimatedWait()) + " (" + queue
                .maxInFlight() + " run at once)")));
        String accountId = r.vending().accountId() != null ? r.vending().accountId() : r.targetAccountId();
        if (accountId != null) {
            RouterLink account = new RouterLink(accountId, dev.skyway.portal.accounts.ui.AccountView.class,
                    new RouteParameters(AccountView.ACCOUNT_ID, accountId));
            account.setId("account-request-account");
            facts.add(new Div(new Span("Account: "), account));
        }
        if (r.kind() == AccountRequest.Kind.CREATE) {
            facts.add(line("Account email", r.accountEmail()));
            facts.add(line("Organizational unit", r.placement().path() + " (" + r.placement().id() + ")"));
            facts.add(line("Environment", r.ownership().environment()));
            facts.add(line("Owner team", r.ownership().team()));
            facts.add(line("Cost center", r.ownership().costCenter()));
            facts.add(line("Monthly budget", Formats.money(r.monthlyBudget(), java.util.Currency.getInstance("USD"))));
            facts.add(line("SSO user", r.ssoUser().display()));
            facts.add(line("Tags", r.tags().isEmpty() ? "none" : String.join(", ", r.tags().entrySet().stream()
                    .map(t -> t.getKey() + "=" + t.getValue()).toList())));
        }
        facts.add(line("Justification", r.justification()));
        add(facts);
        if (!r.baselines().isEmpty()) {
            add(new H2("Baselines"));
            UnorderedList list = new UnorderedList();
            list.setId("account-request-baselines");
            r.baselines().forEach(b -> list.add(new ListItem(b.baselineId() + " (" + b.stackSetName() + "): "
                    + b.state() + (b.message() == null ? "" : " — " + b.message()))));
            add(list);
        }
        requests.process(r.id()).ifPresent(p -> {
            add(new H2("Approval"));
            UnorderedList stages = new UnorderedList();
            stages.setId("account-request-approval");
            p.stages().forEach(s -> {
                List<String> decided = p.decisions().stream().filter(d -> d.stage().equals(s.name()))
                        .map(d -> d.outcome() + " by " + d.actorName()
                                + (d.onBehalfOf() == null ? "" : " on behalf of " + d.onBehalfOf()) + " on "
                                + Formats.dateTime(d.decidedAt())
                                + (d.comment() == null || d.comment().isBlank() ? "" : " — " + d.comment()))
                        .toList();
                // who decided when someone has; otherwise who may
                stages.add(new ListItem(s.name() + ": " + (decided.isEmpty() ? s.status()
                        + (s.approvers().isEmpty() ? "" : " (" + String.join(", ", s.approvers()) + ")")
                        : String.join("; ", decided))));
            });
            add(stages);
        });
        add(new H2("Timeline"));
        timeline.removeAll();
        timeline.setId("account-request-timeline");
        OrderedList entries = new OrderedList();
        for (TimelineEntry e : requests.timeline(r.id())) {
            ListItem item = new ListItem(Formats.dateTime(e.at()) + " · " + e.kind() + " · " + e.message());
            item.getElement().setAttribute("data-kind", e.kind());
            entries.add(item);
        }
        timeline.add(entries);
        add(timeline);
        boolean own = currentUser.find().map(u -> u.isSamePerson(r.requester().key())).orElse(false);
        boolean admin = currentUser.find().map(u -> u.hasRole(Role.PLATFORM_ADMIN)).orElse(false);
        boolean cancellable = r.lifecycle().cancellableBy(own, admin);
        if (own && r.lifecycle().editable()) {
            RouterLink edit = new RouterLink("Edit and resubmit", AccountRequestFormView.class);
            edit.setQueryParameters(com.vaadin.flow.router.QueryParameters.of(AccountRequestFormView.EDIT,
                    r.id().toString()));
            edit.setId("account-request-edit");
            add(new Div(edit));
        }
        if (cancellable) {
            Button cancel = new Button("Cancel request", e -> Confirm.destructive("Cancel this request?",
                    r.title() + " will never be started.", "Cancel request", () -> {
                        requests.cancel(r.id(), null);
                        show(r.id().toString());
                    }).open());
            cancel.setId("account-request-cancel");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(cancel);
        }
    }

    private static Div line(String label, String value) {
        Div line = new Div(new Span(label + ": "), new Span(value == null ? "—" : value));
        line.addClassName("fact");
        return line;
    }
}
