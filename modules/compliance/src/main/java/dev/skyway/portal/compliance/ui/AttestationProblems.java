package dev.skyway.portal.compliance.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facade's per-field problems of an attestation, as the dialog shows them: each under the field the user typed
 * into, with the field's label; those about what the page filled in (framework, requirement) as one general message.
 */
record AttestationProblems(Map<String, String> byField, List<String> general) {

    static final Map<String, String> LABELS = Map.of(
            "accountId", "Account",
            "statement", "Statement",
            "evidenceUrl", "Evidence link",
            "evidenceFile", "Evidence file",
            "validUntil", "Valid until");

    static AttestationProblems of(Map<String, String> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        problems.forEach((field, problem) -> {
            String label = LABELS.get(field);
            if (label != null) {
                byField.put(field, label + " " + problem);
            } else {
                general.add(field + " " + problem);
            }
        });
        return new AttestationProblems(Map.copyOf(byField), List.copyOf(general));
    }
}
