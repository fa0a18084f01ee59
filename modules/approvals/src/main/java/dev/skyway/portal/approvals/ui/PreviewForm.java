package dev.skyway.portal.approvals.ui;

import java.math.BigDecimal;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import dev.skyway.portal.approvals.ApprovalPolicies;
import dev.skyway.portal.approvals.InvalidPolicyException;
import dev.skyway.portal.approvals.RoutePreview;
import dev.skyway.portal.approvals.SubjectAction;
import dev.skyway.portal.approvals.SubjectAttributes;
import dev.skyway.portal.platform.money.Money;

/** "Who would approve": routes example attributes with the document in the editor. */
class PreviewForm extends Div {

    final TextField subjectType = new TextField("Subject type");
    final ComboBox<String> environment = new ComboBox<>("Environment");
    final BigDecimalField cost = new BigDecimalField("Est. monthly cost");
    final TextField currency = new TextField("Currency");
    final TextField team = new TextField("Team");
    final ComboBox<SubjectAction> action = new ComboBox<>("Action");
    final Div result = new Div();

    PreviewForm(ApprovalPolicies policies, Supplier<String> draft) {
        addClassName("card");
        subjectType.setValue("product-request");
        environment.setItems("dev", "staging", "prod");
        environment.setValue("prod");
        cost.setValue(new BigDecimal("100"));
        currency.setValue("USD");
        currency.setWidth("6em");
        team.setValue("payments");
        action.setItems(SubjectAction.values());
        action.setValue(SubjectAction.CREATE);
        result.setId("preview-result");
        Button preview = new Button("Who would approve?", e -> show(policies, draft.get()));
        preview.setId("preview-button");
        HorizontalLayout fields = new HorizontalLayout(subjectType, environment, cost, currency, team, action,
                preview);
        fields.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        fields.setWrap(true);
        add(new H2("Preview"), fields, result);
    }

    void show(ApprovalPolicies policies, String document) {
        result.removeAll();
        try {
            Money money = cost.getValue() == null ? null : Money.of(cost.getValue().toPlainString(),
                    currency.getValue().strip().toUpperCase());
            RoutePreview preview = policies.preview(subjectType.getValue(), new SubjectAttributes(
                    environment.getValue(), money, null, null, team.getValue(), action.getValue() == null
                    ? SubjectAction.CREATE : action.getValue(), null), document);
            result.add(new Paragraph("Rule '" + preview.ruleName() + "'" + (preview.autoApproved()
                    ? ": approved automatically." : ":")));
            UnorderedList stages = new UnorderedList();
            for (RoutePreview.Stage s : preview.stages()) {
                stages.add(new ListItem(s.name() + " — " + s.mode() + " (" + s.requiredApprovals() + ") of "
                        + String.join(", ", s.approvers()) + "; due in " + s.sla() + ", then " + s.escalateTo()
                        + (s.held() ? "; held" : "")));
            }
            result.add(stages);
        } catch (InvalidPolicyException e) {
            result.add(new Paragraph("The document in the editor is not valid: validate it first."));
        } catch (IllegalArgumentException e) {
            result.add(new Paragraph(e.getMessage()));
        }
    }
}
