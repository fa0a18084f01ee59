package dev.skyway.portal.compliance.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facade's per-field problems as a form shows them: each under the field the user typed into, as a sentence with
 * the field's label; those about values the page filled in itself (a form has no label for them) as one general
 * message, since the user cannot fix them in the form.
 *
 * @param byField the problems of labelled fields, by field name, in the facade's order
 * @param general the other problems, each as "field problem"
 */
record FieldProblems(Map<String, String> byField, List<String> general) {

    /**
     * @param labels   the form's labels of the fields the user fills in, by the facade's field names
     * @param problems the facade's problems, by field name
     */
    static FieldProblems of(Map<String, String> labels, Map<String, String> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        problems.forEach((field, problem) -> {
            String label = labels.get(field);
            if (label != null) {
                byField.put(field, label + " " + problem);
            } else {
                general.add(field + " " + problem);
            }
        });
        return new FieldProblems(java.util.Collections.unmodifiableMap(byField), List.copyOf(general));
    }
}
