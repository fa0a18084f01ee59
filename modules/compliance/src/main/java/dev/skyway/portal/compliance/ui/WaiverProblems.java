package dev.skyway.portal.compliance.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facade's per-field problems of a waiver request, as the dialog shows them: each under the field the user
 * typed into (as a sentence with the field's label), and those about values the page filled in itself (account,
 * control) as one general message, since the user cannot fix them in the form.
 */
record WaiverProblems(Map<String, String> byField, List<String> general) {

    static final Map<String, String> LABELS = Map.of(
            "reason", "Reason",
            "compensatingControl", "Compensating control",
            "expiresOn", "Last day",
            "resourceId", "Resource");

    static WaiverProblems of(Map<String, String> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        List<String> general = new java.util.ArrayList<>();
        problems.forEach((field, problem) -> {
            String label = LABELS.get(field);
            if (label != null) {
                byField.put(field, label + " " + problem);
            } else {
                general.add(field + " " + problem);
            }
        });
        return new WaiverProblems(Map.copyOf(byField), List.copyOf(general));
    }
}
