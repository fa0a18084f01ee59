package dev.skyway.portal.cost.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;

/** Puts the facade's per-field problems on the rule dialogs' fields. */
final class RuleFields {

    private RuleFields() {
    }

    static void show(Map<String, HasValidation> fields, Map<String, String> problems) {
        problems.forEach((field, message) -> {
            HasValidation target = fields.get(field);
            if (target != null) {
                target.setErrorMessage(Character.toUpperCase(message.charAt(0)) + message.substring(1));
                target.setInvalid(true);
            }
        });
    }

    static void clear(Map<String, HasValidation> fields) {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }
}
