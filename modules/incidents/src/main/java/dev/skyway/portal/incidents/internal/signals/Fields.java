package dev.skyway.portal.incidents.internal.signals;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.incidents.InvalidPayloadException;
import dev.skyway.portal.incidents.internal.Json;
import tools.jackson.databind.JsonNode;

/** Reading fields of a message, each problem named as {@code path: rule}. */
final class Fields {

    private Fields() {
    }

    static String required(JsonNode node, String field, String path) {
        String value = Json.text(node, field);
        if (value == null) {
            throw new InvalidPayloadException(path + field + ": required, a non-empty string");
        }
        return value;
    }

    static @Nullable String optional(JsonNode node, String field) {
        return Json.text(node, field);
    }

    /** The object at {@code field}; an empty object when it is absent. */
    static JsonNode object(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Json.object("{}");
        }
        if (!value.isObject()) {
            throw new InvalidPayloadException(path + field + ": must be an object");
        }
        return value;
    }

    /** The strings of an array field (other elements are skipped); empty when it is absent. */
    static List<String> strings(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        JsonNode array = node.get(field);
        if (array != null && array.isArray()) {
            for (JsonNode element : array) {
                if (element.isString() && !element.stringValue().isBlank()) {
                    values.add(element.stringValue());
                }
            }
        }
        return values;
    }

    /** The first non-blank of several string fields. */
    static @Nullable String first(JsonNode node, String... fields) {
        for (String field : fields) {
            String value = Json.text(node, field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
