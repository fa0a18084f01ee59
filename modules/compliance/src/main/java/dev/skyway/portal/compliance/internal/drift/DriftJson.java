package dev.skyway.portal.compliance.internal.drift;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.compliance.internal.aws.PropertyDrift;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code resource_drift.property_differences}: CloudFormation's own shape, {@code [{"propertyPath", "expectedValue",
 * "actualValue", "differenceType"}]}, so rows written by the sandbox seed and by checks read alike.
 */
final class DriftJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DriftJson() {
    }

    static String write(List<PropertyDrift> differences) {
        List<Map<String, @Nullable String>> out = new ArrayList<>();
        for (PropertyDrift d : differences) {
            Map<String, @Nullable String> one = new LinkedHashMap<>();
            one.put("propertyPath", d.path());
            one.put("expectedValue", d.expected());
            one.put("actualValue", d.actual());
            one.put("differenceType", d.differenceType());
            out.add(one);
        }
        return JSON.writeValueAsString(out);
    }

    static List<PropertyDrift> read(@Nullable String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        List<PropertyDrift> out = new ArrayList<>();
        for (JsonNode d : JSON.readTree(json)) {
            out.add(new PropertyDrift(text(d, "propertyPath"), nullable(d, "expectedValue"),
                    nullable(d, "actualValue"), text(d, "differenceType")));
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        String value = nullable(node, field);
        return value == null ? "" : value;
    }

    private static @Nullable String nullable(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.isString() ? value.stringValue() : value.toString();
    }
}
