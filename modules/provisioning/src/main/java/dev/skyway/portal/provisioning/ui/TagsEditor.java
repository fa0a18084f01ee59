package dev.skyway.portal.provisioning.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import dev.skyway.portal.provisioning.RequestTags;
import dev.skyway.portal.provisioning.RequestViolation;

/**
 * The tags of a request: one required select per TagOption of the product (its allowed values), then free key/value
 * rows (AWS tag limits as client hints; the facade checks the same rules). Violations named {@code tags.<key>} land
 * on the select or on the free row with that key; {@code tags} (the whole set) on the editor's own message.
 */
class TagsEditor extends Div {

    final Map<String, Select<String>> options = new LinkedHashMap<>();
    final List<FreeTag> free = new ArrayList<>();
    final Div rows = new Div();
    final Button add = new Button("Add tag", VaadinIcon.PLUS.create());
    final Paragraph message = new Paragraph();
    private final Runnable onChange;

    /** One free tag row. */
    final class FreeTag extends Div {
        final TextField key = new TextField("Tag key");
        final TextField value = new TextField("Tag value");
        final Button remove = new Button(VaadinIcon.TRASH.create());

        FreeTag() {
            addClassName("free-tag");
            key.setMaxLength(RequestTags.MAX_KEY);
            value.setMaxLength(RequestTags.MAX_VALUE);
            key.setHelperText("1-" + RequestTags.MAX_KEY + " characters, not aws: or skyway:");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove tag");
            remove.addClickListener(e -> {
                free.remove(this);
                rows.remove(this);
                add.setEnabled(true);
                onChange.run();
            });
            key.addValueChangeListener(e -> onChange.run());
            value.addValueChangeListener(e -> onChange.run());
            add(key, value, remove);
        }
    }

    TagsEditor(Map<String, List<String>> tagOptions, Runnable onChange) {
        this.onChange = onChange;
        setId("request-tags");
        add(new H2("Tags"));
        add(new Paragraph(tagOptions.isEmpty() ? "Optional tags for the provisioned product (cost allocation, "
                + "ownership)." : "The product requires a value for each tag below; you may add your own."));
        tagOptions.forEach((key, values) -> {
            Select<String> select = new Select<>();
            select.setLabel(key);
            select.setItems(values);
            select.setRequiredIndicatorVisible(true);
            select.setPlaceholder("Choose…");
            select.getElement().setAttribute("data-tag", key);
            select.addValueChangeListener(e -> onChange.run());
            options.put(key, select);
            add(select);
        });
        rows.addClassName("free-tags");
        add.setId("request-add-tag");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.addClickListener(e -> addFree());
        message.setId("request-tags-message");
        message.addClassName("error-text");
        message.setVisible(false);
        add(rows, add, message);
    }

    FreeTag addFree() {
        FreeTag row = new FreeTag();
        free.add(row);
        rows.add(row);
        add.setEnabled(free.size() + options.size() < RequestTags.MAX_TAGS);
        return row;
    }

    /** TagOptions (unchosen as empty) then free tags in row order; a later row with the same key wins. */
    Map<String, String> value() {
        Map<String, String> tags = new LinkedHashMap<>();
        options.forEach((key, select) -> tags.put(key, select.getValue() == null ? "" : select.getValue()));
        free.forEach(row -> {
            if (!row.key.getValue().isBlank() || !row.value.getValue().isBlank()) {
                tags.put(row.key.getValue().strip(), row.value.getValue().strip());
            }
        });
        return tags;
    }

    /** Shows stored tags: TagOption values in their selects (when still allowed), the rest as free rows. */
    void setValue(Map<String, String> tags) {
        new ArrayList<>(free).forEach(row -> row.remove.click());
        tags.forEach((key, value) -> {
            Select<String> select = options.get(key);
            if (select != null) {
                select.setValue(select.getListDataView().contains(value) ? value : null);
            } else {
                FreeTag row = addFree();
                row.key.setValue(key);
                row.value.setValue(value);
            }
        });
    }

    void clearValidation() {
        options.values().forEach(TagsEditor::clear);
        free.forEach(row -> clear(row.key));
        message.setText("");
        message.setVisible(false);
    }

    /** Shows a {@code tags} or {@code tags.<key>} violation; false when it is not a tag violation. */
    boolean show(RequestViolation v) {
        if (RequestTags.FIELD.equals(v.field())) {
            message.setText(message.getText().isEmpty() ? "Tags: " + v.message() : message.getText() + "; "
                    + v.message());
            message.setVisible(true);
            return true;
        }
        if (!v.field().startsWith(RequestTags.PREFIX)) {
            return false;
        }
        String key = v.field().substring(RequestTags.PREFIX.length());
        HasValidation target = options.containsKey(key) ? options.get(key) : free.stream()
                .filter(row -> row.key.getValue().strip().equals(key)).map(row -> (HasValidation) row.key)
                .findFirst().orElse(null);
        if (target == null) {
            message.setText(key + ": " + v.message());
            message.setVisible(true);
            return true;
        }
        String previous = target.getErrorMessage();
        target.setErrorMessage(previous == null || previous.isBlank() ? capitalized(v.message())
                : previous + "; " + v.message());
        target.setInvalid(true);
        return true;
    }

    private static void clear(HasValidation field) {
        field.setInvalid(false);
        field.setErrorMessage(null);
    }

    private static String capitalized(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
