package dev.skyway.portal.approvals.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import dev.skyway.portal.approvals.ApprovalPolicies;
import dev.skyway.portal.approvals.InvalidPolicyException;
import dev.skyway.portal.approvals.PolicyProblem;
import dev.skyway.portal.approvals.PolicyVersion;
import dev.skyway.portal.platform.ui.kit.Formats;
import dev.skyway.portal.platform.ui.kit.PageHeader;

import jakarta.annotation.security.RolesAllowed;

/**
 * Edit the approval policy (JSON), validate it (one message per field), save it as a new version, browse earlier
 * versions, and preview who would approve example requests.
 */
@Route("admin/approval-policies")
@PageTitle("Approval policies · Skyway")
@Menu(order = 80, title = "Approval policies", icon = "vaadin:sitemap")
@RolesAllowed("PLATFORM_ADMIN")
public class ApprovalPoliciesView extends Div {

    private final transient ApprovalPolicies policies;

    final TextArea document = new TextArea("Policy document (JSON)");
    final TextField note = new TextField("Why this change");
    final Button validate = new Button("Validate", VaadinIcon.CHECK.create());
    final Button save = new Button("Save as new version", VaadinIcon.DISC.create());
    final Div problems = new Div();
    final Grid<PolicyVersion> history = new Grid<>(PolicyVersion.class, false);

    ApprovalPoliciesView(ApprovalPolicies policies) {
        this.policies = policies;
        addClassName("page");
        PolicyVersion current = policies.current();
        document.setValue(current.document());
        document.setWidthFull();
        document.setHeight("420px");
        document.getStyle().set("font-family", "monospace");
        note.setWidth("30em");
        note.setMaxLength(500);
        problems.setId("policy-problems");
        validate.addClickListener(e -> showProblems(policies.validate(document.getValue())));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(new PageHeader("Approval policies", "Ordered rules route each request to auto-approval or to stages of"
                + " approvers; the first matching rule wins. Saving creates a new version; running approvals keep"
                + " the version that routed them.", validate, save));
        add(document, problems, new HorizontalLayout(note), new PreviewForm(policies, document::getValue),
                new H2("Versions"), configureHistory());
    }

    private Grid<PolicyVersion> configureHistory() {
        history.setId("policy-history");
        history.addColumn(PolicyVersion::version).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(v -> Formats.dateTime(v.createdAt())).setHeader("Saved").setAutoWidth(true);
        history.addColumn(PolicyVersion::createdBy).setHeader("By").setAutoWidth(true);
        history.addColumn(v -> v.note() == null ? "" : v.note()).setHeader("Note").setFlexGrow(1);
        history.addComponentColumn(v -> new Button("Load into editor", e -> {
            document.setValue(v.document());
            problems.removeAll();
        })).setAutoWidth(true);
        history.setHeight("260px");
        history.setItems(q -> policies.history(q.getOffset(), q.getLimit()).stream(),
                q -> policies.countVersions());
        return history;
    }

    void save() {
        try {
            PolicyVersion saved = policies.save(document.getValue(), note.getValue());
            showProblems(List.of());
            note.clear();
            history.getDataProvider().refreshAll();
            Notification.show("Saved as version " + saved.version())
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidPolicyException e) {
            showProblems(e.problems());
        } catch (IllegalArgumentException e) {
            showProblems(List.of(new PolicyProblem("note", e.getMessage())));
        }
    }

    void showProblems(List<PolicyProblem> found) {
        problems.removeAll();
        document.setInvalid(!found.isEmpty());
        if (found.isEmpty()) {
            problems.add(new Paragraph("The policy is valid."));
            return;
        }
        document.setErrorMessage(found.size() + " problem(s), listed below");
        UnorderedList list = new UnorderedList();
        found.forEach(p -> list.add(new ListItem(p.field() + ": " + p.message())));
        problems.add(list);
    }
}
