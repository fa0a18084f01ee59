package dev.skyway.portal.compliance.internal.parse;

import java.io.InputStream;

import dev.skyway.portal.compliance.FindingsFileException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Walks a JSON findings file one finding at a time (files of a million findings never sit in memory): an array of
 * OCSF or ASFF findings, ASFF's {@code {"Findings": [...]}} (other fields, such as {@code NextToken}, are ignored), or
 * OCSF findings one object after another (JSON Lines). Trailing commas and NaN, which Python writers leave, are
 * taken.
 */
final class JsonFindings {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    /** Told each element with its 1-based position. */
    interface Elements {
        void element(JsonNode node, long position);
    }

    private JsonFindings() {
    }

    /**
     * @throws FindingsFileException when the body is not JSON or holds no findings array
     */
    static void walk(InputStream in, Elements elements) {
        try (JsonParser parser = JSON.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                array(parser, elements, 0);
            } else if (first == JsonToken.START_OBJECT) {
                object(parser, elements);
            } else {
                throw new FindingsFileException("Not a findings file: the JSON is neither an array of findings "
                        + "(Prowler's OCSF) nor an object with \"Findings\" (ASFF)");
            }
        } catch (JacksonException e) {
            // where, not what: the parser's message quotes the input, which an error must not echo back
            var at = e.getLocation();
            throw new FindingsFileException("Not valid JSON" + (at == null ? ""
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")
                    + (e.getMessage() != null && e.getMessage().contains("end-of-input")
                    ? ": the file ends early" : ""));
        }
    }

    private static long array(JsonParser parser, Elements elements, long before) {
        long position = before;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw new FindingsFileException("Not valid JSON: the file ends early (the findings array is not "
                        + "closed)");
            }
            JsonNode node = token == JsonToken.START_OBJECT ? parser.readValueAsTree() : skip(parser);
            elements.element(node, ++position);
        }
        return position;
    }

    /** ASFF's wrapper, or the first of one or more OCSF objects. */
    private static void object(JsonParser parser, Elements elements) {
        ObjectNode rest = JSON.createObjectNode();
        boolean findings = false;
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("Findings".equals(name) && value == JsonToken.START_ARRAY) {
                array(parser, elements, 0);
                findings = true;
            } else {
                rest.set(name, parser.readValueAsTree());
            }
        }
        if (findings) {
            return;
        }
        if (rest.has("Framework") && rest.has("Requirements")) {
            throw new FindingsFileException("This is a compliance framework, not findings: upload it to "
                    + "/api/v1/compliance/frameworks");
        }
        if (!OcsfFinding.looksLike(rest)) {
            throw new FindingsFileException("Not a findings file: a JSON object without \"Findings\" (ASFF is "
                    + "{\"Findings\": [...]}; Prowler's OCSF is an array of findings)");
        }
        long position = 1;
        elements.element(rest, position);
        while ((token = parser.nextToken()) != null) {
            JsonNode node = token == JsonToken.START_OBJECT ? parser.readValueAsTree() : skip(parser);
            elements.element(node, ++position);
        }
    }

    private static JsonNode skip(JsonParser parser) {
        parser.skipChildren();
        return JSON.missingNode();
    }
}
