package dev.skyway.portal.incidents.internal;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.incidents.InvalidPayloadException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading the JSON the integrations receive: each problem becomes an {@link InvalidPayloadException} naming it. */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final int SHOWN = 80;

    private Json() {
    }

    /** @throws InvalidPayloadException when {@code body} is not one JSON object */
    public static JsonNode object(String body) {
        JsonNode node = tree(body);
        if (!node.isObject()) {
            throw new InvalidPayloadException("body: must be a JSON object");
        }
        return node;
    }

    /** @throws InvalidPayloadException when {@code body} is not JSON */
    public static JsonNode tree(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidPayloadException("body: is empty");
        }
        try {
            return MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new InvalidPayloadException("body: is not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    /** The field's text when it is a non-blank string, else null. */
    public static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() && !value.stringValue().isBlank() ? value.stringValue() : null;
    }

    /** The node as compact JSON. */
    public static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    /** A value quoted back to a sender, cut short so an error never echoes a whole payload. */
    public static String shortened(String value) {
        String oneLine = value.replaceAll("[\\r\\n\\t]", " ");
        return oneLine.length() <= SHOWN ? oneLine : oneLine.substring(0, SHOWN) + "…";
    }
}
