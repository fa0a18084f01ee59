package dev.skyway.portal.provisioning.ui;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

import dev.skyway.portal.catalog.AwsParameterType;
import dev.skyway.portal.catalog.ParameterDescriptor;
import dev.skyway.portal.provisioning.NetworkChoice;
import dev.skyway.portal.provisioning.ParameterChoices;

/**
 * A parameter of an AWS-specific type (VPC, subnets, security groups, key pair, availability zone) as the
 * CloudFormation console shows it: a combo box of what exists in the target account ({@code List<...>}: a
 * multi-select), its value the id (or comma-separated ids). Before an account is chosen the box is disabled; when the
 * lookup fails it becomes a text field and says why, so the requester can still type an id.
 */
class AwsParameterField extends CustomField<String> {

    final ParameterDescriptor parameter;
    final ComboBox<String> single = new ComboBox<>();
    final MultiSelectComboBox<String> multi = new MultiSelectComboBox<>();
    final TextField text = new TextField();
    final Span reason = new Span();
    private final Map<String, String> labels = new LinkedHashMap<>();
    /** Set while the field shows a value given to it: its children's change events must not overwrite it. */
    private boolean presenting;

    AwsParameterField(ParameterDescriptor parameter, String help) {
        this.parameter = parameter;
        setLabel(parameter.label());
        setHelperText(help);
        getElement().setAttribute("data-parameter", parameter.key());
        single.setItemLabelGenerator(id -> labels.getOrDefault(id, id));
        multi.setItemLabelGenerator(id -> labels.getOrDefault(id, id));
        single.setWidthFull();
        multi.setWidthFull();
        text.setWidthFull();
        single.addValueChangeListener(e -> childChanged());
        multi.addValueChangeListener(e -> childChanged());
        text.addValueChangeListener(e -> childChanged());
        reason.addClassName("picker-reason");
        reason.getElement().setAttribute("data-picker-reason", parameter.key());
        add(list() ? multi : single, text, reason);
        text.setVisible(false);
        waitForAccount("Enter the 12-digit account id to choose from its resources");
    }

    boolean list() {
        return AwsParameterType.isList(parameter.type());
    }

    /** The lookup's outcome: its choices (keeping what is still among them), or text and the reason. */
    void show(ParameterChoices choices) {
        String current = getValue();
        presenting = true;
        try {
            if (!choices.available()) {
                useText(choices.unavailable(), current);
            } else {
                useChoices(choices, current);
            }
        } finally {
            presenting = false;
        }
        updateValue();
    }

    private void useChoices(ParameterChoices choices, String current) {
        labels.clear();
        choices.choices().forEach(c -> labels.put(c.value(), c.label()));
        List<String> ids = choices.choices().stream().map(NetworkChoice::value).toList();
        text.setVisible(false);
        reason.setText("");
        if (list()) {
            multi.setVisible(true);
            multi.setEnabled(true);
            multi.setItems(ids);
            multi.setValue(items(current).stream().filter(ids::contains).collect(Collectors.toCollection(
                    LinkedHashSet::new)));
        } else {
            single.setVisible(true);
            single.setEnabled(true);
            single.setItems(ids);
            single.setValue(ids.contains(current) ? current : null);
        }
    }

    /** No account yet: nothing to choose from, and nothing typed is lost. */
    void waitForAccount(String why) {
        presenting = true;
        try {
            text.setVisible(false);
            (list() ? multi : single).setVisible(true);
            (list() ? multi : single).setEnabled(false);
            reason.setText(why);
        } finally {
            presenting = false;
        }
    }

    private void useText(String why, String current) {
        single.setVisible(false);
        multi.setVisible(false);
        text.setVisible(true);
        text.setValue(current == null ? "" : current);
        reason.setText(why + ". Type the value instead" + (list() ? " (comma-separated)." : "."));
    }

    private void childChanged() {
        if (!presenting) {
            updateValue();
        }
    }

    @Override
    protected String generateModelValue() {
        if (text.isVisible()) {
            return text.getValue();
        }
        if (list()) {
            // the order of the account's list, so the value does not depend on the order of clicks
            Set<String> chosen = multi.getValue();
            return labels.keySet().stream().filter(chosen::contains).collect(Collectors.joining(","));
        }
        return single.getValue() == null ? "" : single.getValue();
    }

    @Override
    protected void setPresentationValue(String value) {
        presenting = true;
        try {
            present(value);
        } finally {
            presenting = false;
        }
    }

    private void present(String value) {
        text.setValue(value == null ? "" : value);
        if (list()) {
            multi.setValue(items(value).stream().filter(labels::containsKey).collect(Collectors.toCollection(
                    LinkedHashSet::new)));
        } else {
            single.setValue(value != null && labels.containsKey(value) ? value : null);
        }
    }

    private static List<String> items(String value) {
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
