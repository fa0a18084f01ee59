package dev.skyway.portal.incidents.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;

import dev.skyway.portal.incidents.IncidentsValidationException;

/** Shows the facade's per-field problems on the fields that hold them. */
final class FieldErrors {

    private FieldErrors() {
    }

    /** @return the problems no field showed (to show elsewhere), joined; empty when every one found its field */
    static String show(IncidentsValidationException e, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
        StringBuilder rest = new StringBuilder();
        e.problems().forEach((name, problem) -> {
            HasValidation field = fields.get(name);
            if (field != null) {
                field.setErrorMessage(capitalized(problem));
                field.setInvalid(true);
            } else {
                rest.append(rest.isEmpty() ? "" : "; ").append(name).append(": ").append(problem);
            }
        });
        return rest.toString();
    }

    static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
