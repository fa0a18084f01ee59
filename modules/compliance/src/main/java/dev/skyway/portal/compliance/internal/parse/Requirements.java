package dev.skyway.portal.compliance.internal.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** The framework → requirement references tools attach to a finding, in their three spellings. */
final class Requirements {

    private Requirements() {
    }

    /** OCSF's {@code unmapped.compliance}: {@code {"CIS-3.0": ["1.10"], ...}} (a value may be a single string). */
    static Map<String, List<String>> ofObject(JsonNode compliance) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        if (!compliance.isObject()) {
            return result;
        }
        for (var entry : compliance.properties()) {
            List<String> ids = new ArrayList<>();
            if (entry.getValue().isArray()) {
                entry.getValue().forEach(v -> add(ids, Values.text(v)));
            } else {
                splitInto(ids, Values.text(entry.getValue()), ",");
            }
            result.put(entry.getKey(), ids);
        }
        return result;
    }

    /** Prowler's CSV column: {@code CIS-3.0: 1.10, 1.11 | ISO27001: A.9.4}. */
    static Map<String, List<String>> ofCsv(@Nullable String column) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        if (column == null || column.isBlank()) {
            return result;
        }
        for (String part : column.split("\\|")) {
            int colon = part.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            List<String> ids = new ArrayList<>();
            splitInto(ids, part.substring(colon + 1), ",");
            result.merge(part.substring(0, colon).strip(), ids, (a, b) -> {
                a.addAll(b);
                return a;
            });
        }
        return result;
    }

    /**
     * ASFF's {@code Compliance.RelatedRequirements}: Security Hub writes {@code CIS AWS Foundations Benchmark
     * v1.2.0/1.14}, Prowler {@code CIS-1.4 1.20 1.21}.
     */
    static Map<String, List<String>> ofRelated(JsonNode related) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (JsonNode node : related) {
            String text = Values.text(node);
            if (text == null) {
                continue;
            }
            int slash = text.lastIndexOf('/');
            int space = text.indexOf(' ');
            String framework = slash > 0 ? text.substring(0, slash) : space > 0 ? text.substring(0, space) : text;
            String rest = slash > 0 ? text.substring(slash + 1) : space > 0 ? text.substring(space + 1) : "";
            List<String> ids = result.computeIfAbsent(framework.strip(), k -> new ArrayList<>());
            splitInto(ids, rest, " ");
        }
        return result;
    }

    private static void splitInto(List<String> ids, @Nullable String text, String separator) {
        if (text != null) {
            Arrays.stream(text.split(separator)).forEach(id -> add(ids, id));
        }
    }

    private static void add(List<String> ids, @Nullable String id) {
        String value = Values.blankToNull(id);
        if (value != null && !ids.contains(value)) {
            ids.add(value);
        }
    }
}
