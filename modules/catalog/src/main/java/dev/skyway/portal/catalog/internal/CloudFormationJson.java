package dev.skyway.portal.catalog.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;

/**
 * Reads JSON templates as JSON. Tabs are legal JSON whitespace but not YAML indentation, so a tab-indented JSON
 * template must never be left to the YAML reader. Builds the same plain maps, lists and scalars as
 * {@link CloudFormationYaml}; a duplicate key keeps its last value (as CloudFormation does) and becomes a warning
 * with both lines.
 */
final class CloudFormationJson {

    private static final JsonFactory STRICT = factory(false);
    private static final JsonFactory LENIENT = factory(true);

    private CloudFormationJson() {
    }

    /**
     * @param trailingCommas accept {@code [1, 2,]} and {@code {"a": 1,}} (not JSON, but some hand-written templates)
     * @throws TemplateException with the line and column when the text is not (lenient) JSON
     */
    static TemplateDocument read(String body, boolean trailingCommas) {
        List<String> warnings = new ArrayList<>();
        try (JsonParser parser = (trailingCommas ? LENIENT : STRICT).createParser(ObjectReadContext.empty(), body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new TemplateException("The template is not a JSON object of sections (Parameters, Resources, ...)",
                        line(parser), null);
            }
            Map<String, Object> sections = object(parser, warnings);
            if (parser.nextToken() != null) {
                throw new TemplateException("The template is not valid JSON: text after the closing } at line "
                        + line(parser), line(parser), null);
            }
            return new TemplateDocument(sections, warnings);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
            throw new TemplateException("The template is not valid JSON: " + firstLine(e.getOriginalMessage())
                    + (line > 0 ? " (line " + line + ", column " + column + ")" : ""), line > 0 ? line : null, e);
        }
    }

    private static Map<String, Object> object(JsonParser parser, List<String> warnings) {
        Map<String, Object> result = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = parser.currentName();
            int line = line(parser);
            Integer earlier = firstLine.putIfAbsent(key, line);
            if (earlier != null) {
                warnings.add(Duplicates.warning(key, line, earlier));
                result.remove(key); // the last one wins, in its own place (as a YAML reader does)
            }
            parser.nextToken();
            result.put(key, value(parser, warnings));
        }
        return result;
    }

    private static @Nullable Object value(JsonParser parser, List<String> warnings) {
        return switch (parser.currentToken()) {
            case START_OBJECT -> object(parser, warnings);
            case START_ARRAY -> {
                List<Object> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(parser, warnings));
                }
                yield items;
            }
            case VALUE_STRING -> parser.getString();
            // the YAML reader's types, so both readers give the parser the same scalars
            case VALUE_NUMBER_INT -> parser.getNumberValue();
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new TemplateException("The template is not valid JSON: unexpected "
                    + parser.currentToken() + " at line " + line(parser), line(parser), null);
        };
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static JsonFactory factory(boolean trailingCommas) {
        var builder = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build());
        if (trailingCommas) {
            builder.enable(JsonReadFeature.ALLOW_TRAILING_COMMA);
        }
        return builder.build();
    }
}
