package dev.skyway.portal.compliance.internal.frameworks;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.compliance.InvalidFrameworkException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Reads Prowler's compliance JSON: {@code Framework} (required), {@code Name}, {@code Version}, {@code Provider},
 * {@code Description}, and {@code Requirements[]} each with an {@code Id} (required), {@code Name},
 * {@code Description}, {@code Checks[]} and {@code Attributes}. Real files are not always clean: a requirement id that
 * appears twice is merged into one (checks unioned, attributes kept) and reported, never refused; a missing version,
 * provider or check list is taken as empty; fields the portal does not use are ignored. Structural problems (no
 * framework name, no requirements, a requirement without an id, checks that are not text) are all named with their
 * JSON path.
 */
public final class FrameworkParser {

    static final int MAX_ID = 255;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build();

    private FrameworkParser() {
    }

    /** @throws InvalidFrameworkException naming every problem */
    public static ParsedFramework parse(InputStream body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            var at = e.getLocation();
            throw new InvalidFrameworkException(List.of("Not valid JSON" + (at == null ? ""
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")));
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw new InvalidFrameworkException(List.of(root != null && root.isArray()
                    ? "An array: findings go to /api/v1/compliance/imports; a framework is one JSON object"
                    : "A framework is one JSON object in Prowler's compliance format"));
        }
        if (root.has("Findings") && !root.has("Framework")) {
            throw new InvalidFrameworkException(List.of("This is ASFF findings: upload them to "
                    + "/api/v1/compliance/imports"));
        }
        List<String> problems = new ArrayList<>();
        String framework = text(root.path("Framework"));
        if (framework == null) {
            problems.add("Framework is missing (the framework's short name, e.g. CIS)");
        } else if (framework.length() > MAX_ID) {
            problems.add("Framework is longer than " + MAX_ID + " characters");
        }
        JsonNode requirements = root.path("Requirements");
        if (!requirements.isArray()) {
            problems.add("Requirements is missing (a list of requirements)");
        } else if (requirements.isEmpty()) {
            problems.add("Requirements is empty");
        }
        Map<String, Merging> byId = new LinkedHashMap<>();
        for (int i = 0; i < requirements.size(); i++) {
            read(requirements.get(i), "Requirements[" + i + "]", problems, byId);
        }
        if (!problems.isEmpty()) {
            throw new InvalidFrameworkException(problems);
        }
        String name = text(root.path("Name"));
        return new ParsedFramework(framework, name == null ? framework : truncate(name, 512),
                truncate(orEmpty(text(root.path("Version"))), 64), truncate(orEmpty(text(root.path("Provider"))), 64),
                truncate(text(root.path("Description")), 4000),
                byId.values().stream().map(Merging::requirement).toList(),
                byId.values().stream().filter(m -> m.occurrences > 1)
                        .map(m -> new ParsedFramework.Merged(m.id, m.occurrences)).toList());
    }

    private static void read(JsonNode node, String path, List<String> problems, Map<String, Merging> byId) {
        if (!node.isObject()) {
            problems.add(path + " is not an object");
            return;
        }
        String id = text(node.path("Id"));
        if (id == null) {
            problems.add(path + ".Id is missing");
            return;
        }
        if (id.length() > MAX_ID) {
            problems.add(path + ".Id is longer than " + MAX_ID + " characters");
            return;
        }
        JsonNode checks = node.path("Checks");
        List<String> checkIds = new ArrayList<>();
        if (!checks.isMissingNode() && !checks.isNull() && !checks.isArray()) {
            problems.add(path + ".Checks must be a list of check ids");
            return;
        }
        for (int j = 0; j < checks.size(); j++) {
            String check = checks.get(j).isString() ? text(checks.get(j)) : null;
            if (check == null || check.length() > MAX_ID) {
                problems.add(path + ".Checks[" + j + "] is not a check id");
            } else {
                checkIds.add(check);
            }
        }
        byId.computeIfAbsent(id, Merging::new).add(node, checkIds);
    }

    private static @Nullable String text(JsonNode node) {
        if (node.isMissingNode() || node.isNull() || node.isContainer()) {
            return null;
        }
        String text = node.asString();
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static @Nullable String truncate(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** One requirement id and every occurrence of it in the file. */
    private static final class Merging {

        private final String id;
        private final List<String> checks = new ArrayList<>();
        private final ArrayNode attributes = JSON.createArrayNode();
        private @Nullable String name;
        private @Nullable String description;
        private @Nullable String section;
        private boolean manual = true;
        private int occurrences;

        Merging(String id) {
            this.id = id;
        }

        void add(JsonNode node, List<String> checkIds) {
            occurrences++;
            checkIds.stream().filter(c -> !checks.contains(c)).forEach(checks::add);
            name = name != null ? name : text(node.path("Name"));
            description = description != null ? description : text(node.path("Description"));
            JsonNode attrs = node.path("Attributes");
            List<JsonNode> items = attrs.isArray() ? attrs.valueStream().toList()
                    : attrs.isObject() ? List.of(attrs) : List.of();
            boolean saysManual = false;
            for (JsonNode item : items) {
                attributes.add(item);
                section = section != null ? section : text(item.path("Section"));
                saysManual |= "manual".equalsIgnoreCase(String.valueOf(text(item.path("AssessmentStatus"))));
            }
            // an occurrence a tool checks makes the requirement automated
            manual &= saysManual || checkIds.isEmpty();
        }

        ParsedFramework.Requirement requirement() {
            String assessment = manual || checks.isEmpty() ? ParsedFramework.MANUAL : ParsedFramework.AUTOMATED;
            return new ParsedFramework.Requirement(id, truncate(name, 1024), truncate(description, 4000),
                    truncate(section, 512), assessment, List.copyOf(checks), attributes.toString());
        }
    }
}
