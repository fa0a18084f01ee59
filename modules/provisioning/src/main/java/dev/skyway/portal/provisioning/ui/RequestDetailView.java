package dev.skyway.portal.provisioning.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;

import dev.skyway.portal.approvals.ApprovalProcess;
import dev.skyway.portal.platform.ui.kit.EmptyState;
import dev.skyway.portal.platform.ui.kit.Formats;
import dev.skyway.portal.platform.ui.kit.PageHeader;
import dev.skyway.portal.provisioning.CostComparisons;
import dev.skyway.portal.provisioning.ProductRequest;
import dev.skyway.portal.provisioning.ProductRequestChanges;
import dev.skyway.portal.provisioning.ProductRequests;
import dev.skyway.portal.provisioning.RequestAction;
import dev.skyway.portal.provisioning.RequestProgress;
import dev.skyway.portal.provisioning.RequestStatus;
import dev.skyway.portal.provisioning.SentBackChanges;

/**
 * One request: its values (secrets masked), status and a timeline of submission, each approval decision,
 * provisioning and the outputs; it refreshes itself until the request is finished. Who may read it is the facade's decision (requester, team, approvers, admins).
 * Once it provisioned a product, the estimate stands beside what the product actually costs per month; approvers
 * (and admins, finance) also read how the requesting team's recent estimates held.
 */
@Route("requests/:id")
@PageTitle("Request · Skyway")
@RolesAllowed({"ENGINEER", "APPROVER", "FINANCE", "PLATFORM_ADMIN"})
public class RequestDetailView extends Div implements BeforeEnterObserver {

    static final String ID = "id";
    static final int POLL_MILLIS = 3_000;
    /** The statuses of a request that provisioned a product (a resource): it may have cost since. */
    private static final Set<RequestStatus> RESOURCE = EnumSet.of(RequestStatus.PROVISIONED,
            RequestStatus.TERMINATING, RequestStatus.TERMINATED);

    private final transient ProductRequests requests;
    private final transient ProductRequestChanges changes;
    private final transient SentBackChanges sentBack;
    private final transient CostComparisons costs;
    /** Read once per page: the page refreshes itself every few seconds while the request is under way. */
    private final Map<String, String> accuracyByTeam = new HashMap<>();
    RequestNotice notice;
    final OrderedList timeline = new OrderedList();
    private Registration polling;

    RequestDetailView(ProductRequests requests, ProductRequestChanges changes, SentBackChanges sentBack,
                      CostComparisons costs) {
        this.requests = requests;
        this.changes = changes;
        this.sentBack = sentBack;
        this.costs = costs;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            UUID id = UUID.fromString(event.getRouteParameters().get(ID).orElse(""));
            ProductRequest request = requests.get(id);
            show(request, requests.process(id).orElse(null));
            followUntilFinished(event.getUI(), id, request);
        } catch (IllegalArgumentException | AccessDeniedException e) {
            add(new EmptyState(VaadinIcon.CLIPBOARD_TEXT, "No such request",
                    "It does not exist, or it is not yours to see.",
                    new RouterLink("Back to my requests", MyRequestsView.class)));
        }
    }

    /** While the request can still change, the page refreshes itself every few seconds (Vaadin polling). */
    private void followUntilFinished(UI ui, UUID id, ProductRequest request) {
        stopPolling(ui);
        if (request.status().finished()) {
            return;
        }
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(e -> {
            ProductRequest now = requests.get(id);
            removeAll();
            show(now, requests.process(id).orElse(null));
            if (now.status().finished()) {
                stopPolling(ui);
            }
        });
        addDetachListener(e -> stopPolling(e.getUI()));
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }

    void show(ProductRequest r, ApprovalProcess process) {
        add(new RouterLink("← My requests", MyRequestsView.class));
        add(new PageHeader(r.product().productName() + " " + r.product().versionName() + " in "
                + r.target().environment(),
                "Account " + r.target().accountId() + " · requested by " + r.requester().name()));
        Div status = new Div(new Span("Status: "), MyRequestsView.badge(r.status()));
        status.setId("request-status");
        add(status);
        RequestProgress progress = changes.progress(r.id());
        notice = new RequestNotice(r, progress, changes, sentBack, () -> {
            removeAll();
            show(requests.get(r.id()), requests.process(r.id()).orElse(null));
            getUI().ifPresent(ui -> followUntilFinished(ui, r.id(), requests.get(r.id())));
        });
        add(notice);
        add(new H2("Values"));
        Div values = new Div();
        values.setId("request-values");
        values.add(fact("Justification", r.purpose().justification()));
        values.add(fact("Estimated monthly cost", r.estimatedMonthlyCost() == null ? "unknown"
                : Formats.money(r.estimatedMonthlyCost().amount(), r.estimatedMonthlyCost().currency())));
        r.parameters().forEach((k, v) -> values.add(fact(k, v)));
        add(values);
        if (progress.action() == RequestAction.CREATE && RESOURCE.contains(r.status())) {
            Div cost = fact("Monthly cost", CostFigures.comparison(r.estimatedMonthlyCost(),
                    costs.actual(r.id()).orElse(null), costs.connected()));
            cost.setId("request-cost");
            add(cost);
        }
        if (costs.mayCompareTeams()) {
            add(teamAccuracy(r));
        }
        if (!r.tags().isEmpty()) {
            add(new H2("Tags"));
            Div tags = new Div();
            tags.setId("request-tags");
            r.tags().forEach((k, v) -> tags.add(fact(k, v)));
            add(tags);
        }
        add(new H2("Timeline"));
        timeline.setId("request-timeline");
        timeline.removeAll();
        timeline.add(new ListItem(Formats.dateTime(r.timing().createdAt()) + " · submitted by "
                + r.requester().name()));
        if (process != null) {
            if (process.autoApproved()) {
                timeline.add(new ListItem("Approved automatically by rule " + process.ruleName()));
            }
            List<Map.Entry<Instant, String>> events = new ArrayList<>(); // decisions and resubmissions in time order
            process.decisions().forEach(d -> events.add(Map.entry(d.decidedAt(),
                    Formats.dateTime(d.decidedAt()) + " · " + d.stage() + ": " + d.outcome() + " by "
                            + d.actorName() + (d.comment() == null || d.comment().isBlank() ? "" : " — "
                            + d.comment()))));
            r.resubmissions().forEach(x -> events.add(Map.entry(x.at(), Formats.dateTime(x.at())
                    + " · resubmitted by " + x.actorName() + (x.note() == null ? "" : " — " + x.note()))));
            events.stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> timeline.add(new ListItem(e.getValue())));
            process.stages().stream().filter(s -> s.completedAt() == null).forEach(s -> timeline.add(stage(s)));
        }
        if (r.recordId() != null) {
            timeline.add(new ListItem("Provisioning record " + r.recordId() + " as " + r.provisionedName()));
        }
        timeline.add(new ListItem(Formats.dateTime(r.timing().updatedAt()) + " · " + r.status()));
        add(timeline);
        if (!r.outputs().isEmpty()) {
            add(new H2("Outputs"));
            Div outputs = new Div();
            outputs.setId("request-outputs");
            r.outputs().forEach((k, v) -> outputs.add(fact(k, v)));
            add(outputs);
        }
    }

    /** An undecided stage; a held one says who holds it (e.g. the incident of a change freeze), linked. */
    private static ListItem stage(dev.skyway.portal.approvals.ApprovalStage s) {
        ListItem item = new ListItem(s.name() + ": " + s.status() + " (" + String.join(", ", s.approvers()) + ")");
        var hold = s.hold();
        if (hold != null) {
            item.add(new Span(" · Held by "));
            item.add(hold.link() == null ? new Span(hold.reason())
                    : new com.vaadin.flow.component.html.Anchor(hold.link(), hold.reason()));
        }
        return item;
    }

    /** The requesting team's recent estimates against actuals, for approvers. */
    private Div teamAccuracy(ProductRequest r) {
        String team = r.requester().team();
        Div accuracy = team == null
                ? fact("Recent estimates of the team", "the requester has no team, so there is no history")
                : fact("Recent estimates of team " + team, accuracyByTeam.computeIfAbsent(team,
                        t -> CostFigures.accuracy(costs.teamAccuracy(t))));
        accuracy.setId("team-estimate-accuracy");
        return accuracy;
    }

    private static Div fact(String label, String value) {
        Span name = new Span(label + ": ");
        name.addClassName("product-card-label");
        return new Div(name, new Span(value == null || value.isBlank() ? "—" : value));
    }
}
