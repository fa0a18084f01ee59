package dev.skyway.portal.catalog.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;

import dev.skyway.portal.catalog.InvalidTemplateException;
import dev.skyway.portal.catalog.TemplateCheck;
import dev.skyway.portal.catalog.TemplateChecks;

/**
 * "Check a template" on the catalog admin page: paste a CloudFormation template and see, before publishing it as a
 * product, the parameters as the request form will show them and the warnings (duplicate keys, JSON that is not
 * strict JSON), or what makes it unreadable and on which line. Same reader as the sync and the REST check.
 */
class TemplateCheckPanel extends Div {

    private final transient TemplateChecks checks;

    final TextArea template = new TextArea("Template (YAML or JSON)");
    final Button check = new Button("Check template");
    final Div result = new Div();

    TemplateCheckPanel(TemplateChecks checks) {
        this.checks = checks;
        setId("template-check");
        template.setId("template-check-body");
        template.setWidthFull();
        template.setMinHeight("12em");
        template.setMaxLength(TemplateChecks.MAX_BODY_CHARS);
        template.setHelperText("Paste the template you are about to publish; nothing is stored");
        check.setId("template-check-button");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(e -> check());
        result.setId("template-check-result");
        add(new H2("Check a template"), template, check, result);
    }

    void check() {
        result.removeAll();
        template.setInvalid(false);
        template.setErrorMessage(null);
        try {
            show(checks.check(template.getValue()));
        } catch (InvalidTemplateException e) {
            template.setErrorMessage(e.getMessage());
            template.setInvalid(true);
            Paragraph error = new Paragraph(e.getMessage());
            error.setId("template-check-error");
            result.add(error);
        }
    }

    private void show(TemplateCheck outcome) {
        List<String> warnings = outcome.warnings();
        if (!warnings.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("template-check-warnings");
            warnings.forEach(w -> list.add(new ListItem(w)));
            result.add(new H3(warnings.size() == 1 ? "1 warning" : warnings.size() + " warnings"), list);
        }
        result.add(new H3(outcome.parameters().isEmpty() ? "No parameters"
                : outcome.parameters().size() + " parameters, in form order"));
        Div parameters = new Div();
        parameters.setId("template-check-parameters");
        outcome.parameters().forEach(p -> parameters.add(new ParameterRow(p)));
        result.add(parameters);
    }
}
