package dev.skyway.portal.incidents.ui;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import dev.skyway.portal.incidents.CreatedIntegration;
import dev.skyway.portal.incidents.Integration;
import dev.skyway.portal.incidents.IntegrationType;
import dev.skyway.portal.incidents.Integrations;
import dev.skyway.portal.incidents.IncidentsValidationException;
import dev.skyway.portal.incidents.RoutingRule;
import dev.skyway.portal.incidents.RoutingRules;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.ui.kit.Confirm;
import dev.skyway.portal.platform.ui.kit.Formats;
import dev.skyway.portal.platform.ui.kit.PageHeader;

/**
 * Platform admins' side of alert intake: create an integration (its URL and secret are shown once), see each one's
 * last message, and keep the routing rules that send alerts to incidents.
 */
@Route(IncidentLinks.INTEGRATIONS)
@PageTitle("Integrations · Skyway")
@RolesAllowed("PLATFORM_ADMIN")
public class IntegrationsView extends Div {

    private final transient Integrations integrations;
    private final transient RoutingRules rules;
    final Select<IntegrationType> type = new Select<>();
    final TextField name = new TextField("Name");
    final Div created = new Div();
    final Grid<Integration> list = new Grid<>();
    final Grid<RoutingRule> ruleGrid = new Grid<>();

    IntegrationsView(Integrations integrations, RoutingRules rules, CurrentUser currentUser) {
        this.integrations = integrations;
        this.rules = rules;
        addClassName("page");
        add(new PageHeader("Integrations", "Where alerts come in: each integration has its own URL and secret. "
                + "Routing rules decide which alerts open or join incidents; with none, alerts open nothing."),
                IncidentLinks.sections(IncidentLinks.INTEGRATIONS, currentUser));
        add(createForm(), created, new H2("Integrations"), configureList(), new H2("Routing rules"),
                ruleActions(), configureRules());
        reload();
    }

    private HorizontalLayout createForm() {
        type.setId("integration-type");
        type.setLabel("Type");
        type.setItems(IntegrationType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : switch (t) {
            case SNS -> "Amazon SNS (CloudWatch, Health, GuardDuty)";
            case ALERTMANAGER -> "Prometheus Alertmanager";
            case EVENTS -> "Events API (PagerDuty Events v2 shape)";
        });
        type.setValue(IntegrationType.EVENTS);
        name.setId("integration-name");
        Button create = new Button("Create integration", VaadinIcon.PLUS.create(), e -> create());
        create.setId("integration-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        created.setId("integration-created");
        HorizontalLayout form = new HorizontalLayout(type, name, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        return form;
    }

    void create() {
        try {
            CreatedIntegration made = integrations.create(type.getValue() == null ? null
                    : type.getValue().wireName(), name.getValue());
            name.clear();
            name.setInvalid(false);
            showOnce(made);
            reload();
        } catch (IncidentsValidationException e) {
            FieldErrors.show(e, Map.of("name", name, "type", type));
        }
    }

    private void showOnce(CreatedIntegration made) {
        created.removeAll();
        created.addClassName("card");
        Paragraph url = new Paragraph("URL: " + made.url());
        url.setId("integration-url");
        Paragraph secret = new Paragraph("Secret: " + made.secret());
        secret.setId("integration-secret");
        Paragraph hint = new Paragraph(made.integration().type() == IntegrationType.SNS
                ? "Subscribe this URL (after the portal's address) to the SNS topic over HTTPS; the secret is part of "
                + "it. Copy it now: it is not shown again."
                : "Post to this URL (after the portal's address) with the header Authorization: Bearer <secret>. "
                + "Copy the secret now: it is not shown again.");
        created.add(new H2("Created " + made.integration().name()), url, secret, hint);
        getUI().ifPresent(ui -> ui.getPage().fetchCurrentURL(current -> url.setText("URL: "
                + current.getProtocol() + "://" + current.getAuthority() + made.url())));
    }

    private Grid<Integration> configureList() {
        list.setId("integrations-grid");
        list.addColumn(Integration::name).setHeader("Name").setFlexGrow(1);
        list.addColumn(i -> i.type().wireName()).setHeader("Type").setAutoWidth(true);
        list.addColumn(i -> i.type() == IntegrationType.SNS ? i.intakePath() + "/<secret>" : i.intakePath())
                .setHeader("URL").setFlexGrow(2);
        list.addColumn(i -> Formats.dateTime(i.lastMessageAt())).setHeader("Last message").setAutoWidth(true);
        list.addColumn(i -> i.snsTopicArn() == null ? "—" : i.snsTopicArn()).setHeader("SNS topic")
                .setAutoWidth(true);
        list.addColumn(Integration::createdBy).setHeader("Created by").setAutoWidth(true);
        list.setEmptyStateText("No integration yet: create one above and point your monitoring at it.");
        list.setAllRowsVisible(true);
        return list;
    }

    private Component ruleActions() {
        Button add = new Button("Add rule", VaadinIcon.PLUS.create(),
                e -> new RoutingRuleDialog(rules, integrations.names(), this::reload).open());
        add.setId("rule-add");
        return add;
    }

    private Grid<RoutingRule> configureRules() {
        ruleGrid.setId("routing-rules-grid");
        ruleGrid.addColumn(RoutingRule::position).setHeader("#").setAutoWidth(true);
        ruleGrid.addColumn(RoutingRule::name).setHeader("Name").setAutoWidth(true);
        ruleGrid.addColumn(this::condition).setHeader("When").setFlexGrow(2);
        ruleGrid.addColumn(r -> RoutingRuleDialog.actionLabel(r.action())
                + (r.incidentSeverity() == null ? "" : " (" + r.incidentSeverity() + ")")).setHeader("Then")
                .setFlexGrow(2);
        ruleGrid.addComponentColumn(this::deleteButton).setAutoWidth(true).setFlexGrow(0);
        ruleGrid.setEmptyStateText("No routing rule: alerts are kept but open no incident.");
        ruleGrid.setAllRowsVisible(true);
        return ruleGrid;
    }

    private String condition(RoutingRule r) {
        Map<java.util.UUID, String> names = integrations.names();
        StringBuilder when = new StringBuilder();
        if (r.integrationId() != null) {
            when.append("integration ").append(names.getOrDefault(r.integrationId(), "?")).append(", ");
        }
        if (r.minSeverity() != null) {
            when.append("severity ≥ ").append(r.minSeverity().name().toLowerCase(java.util.Locale.ROOT)).append(", ");
        }
        if (r.accountId() != null) {
            when.append("account ").append(r.accountId()).append(", ");
        }
        if (r.service() != null) {
            when.append("service ").append(r.service()).append(", ");
        }
        return when.isEmpty() ? "any alert" : when.substring(0, when.length() - 2);
    }

    private Button deleteButton(RoutingRule rule) {
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> Confirm.destructive("Delete routing rule "
                + rule.name() + "?", "Alerts it matched go to the next matching rule, or open nothing.", "Delete",
                () -> {
                    rules.delete(rule.id());
                    reload();
                }));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel("Delete " + rule.name());
        delete.addClassName("rule-delete");
        return delete;
    }

    void reload() {
        list.setItems(integrations.list());
        ruleGrid.setItems(rules.list());
    }
}
