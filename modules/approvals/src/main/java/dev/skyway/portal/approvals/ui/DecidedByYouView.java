package dev.skyway.portal.approvals.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import dev.skyway.portal.approvals.ApprovalDecision;
import dev.skyway.portal.approvals.Approvals;
import dev.skyway.portal.platform.ui.kit.Formats;
import dev.skyway.portal.platform.ui.kit.PageHeader;

import jakarta.annotation.security.PermitAll;

/** The second page of the approvals inbox: what the caller decided, newest first, with their comments. */
@Route(DecidedByYouView.ROUTE)
@PageTitle("Decided by you · Approvals · Skyway")
@PermitAll
public class DecidedByYouView extends Div {

    static final String ROUTE = "approvals/decided";

    final Grid<ApprovalDecision> decided = new Grid<>(ApprovalDecision.class, false);

    DecidedByYouView(Approvals approvals) {
        addClassName("page");
        add(new PageHeader(ApprovalsInboxView.TITLE, ApprovalsInboxView.DESCRIPTION),
                ApprovalsInboxView.sections(ROUTE), decided);
        decided.setId("decided-grid");
        decided.addColumn(d -> d.subject().title()).setHeader("What").setWidth("22rem").setFlexGrow(2)
                .setTooltipGenerator(d -> d.subject().title());
        decided.addColumn(ApprovalDecision::stage).setHeader("Stage").setAutoWidth(true);
        decided.addColumn(d -> d.outcome().name().toLowerCase().replace('_', ' ')).setHeader("Decision")
                .setAutoWidth(true);
        decided.addColumn(ApprovalDecision::actorLabel).setHeader("By").setAutoWidth(true);
        decided.addColumn(d -> Formats.dateTime(d.decidedAt())).setHeader("When").setWidth("11.5rem")
                .setFlexGrow(0);
        decided.addColumn(d -> d.comment() == null ? "" : d.comment()).setHeader("Comment").setFlexGrow(2);
        decided.setEmptyStateText("You have not decided anything yet.");
        decided.setHeight("560px");
        decided.setPageSize(ApprovalsInboxView.ROWS_READ * 2);
        decided.setItems(q -> approvals.decided(q.getOffset(), q.getLimit()).stream(),
                q -> approvals.countDecided());
    }
}
