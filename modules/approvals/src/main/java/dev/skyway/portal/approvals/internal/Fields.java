package dev.skyway.portal.approvals.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.approvals.ApprovalMode;
import dev.skyway.portal.approvals.PolicyProblem;
import dev.skyway.portal.platform.identity.Role;

import tools.jackson.databind.JsonNode;

/** Typed reads of policy JSON that record a {@link PolicyProblem} (with its path) instead of throwing. */
final class Fields {

    private final List<PolicyProblem> problems;

    Fields(List<PolicyProblem> problems) {
        this.problems = problems;
    }

    void problem(String path, String message) {
        problems.add(new PolicyProblem(path, message));
    }

    /** Whether {@code node} is an object; reports it if not, and reports each field outside {@code known}. */
    boolean object(JsonNode node, String path, Set<String> known) {
        if (node == null || !node.isObject()) {
            problem(path, "must be an object");
            return false;
        }
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                problem(path + "." + name, "unknown field (known: " + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
        return true;
    }

    @Nullable String text(JsonNode node, String path, boolean required) {
        if (node == null || node.isNull()) {
            if (required) {
                problem(path, "is required");
            }
            return null;
        }
        if (!node.isString() || node.stringValue().isBlank()) {
            problem(path, "must be a non-empty text");
            return null;
        }
        return node.stringValue().strip();
    }

    boolean bool(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            problem(path, "must be true or false");
            return false;
        }
        return node.booleanValue();
    }

    int positiveInt(JsonNode node, String path) {
        if (node == null || !node.isIntegralNumber() || node.intValue() < 1) {
            problem(path, "must be a whole number, 1 or more");
            return 1;
        }
        return node.intValue();
    }

    /** A list of non-empty texts; empty when absent. */
    List<String> texts(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            problem(path, "must be a list of texts");
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String value = text(node.get(i), path + "[" + i + "]", true);
            if (value != null) {
                if (values.contains(value)) {
                    problem(path + "[" + i + "]", "'" + value + "' is listed twice");
                }
                values.add(value);
            }
        }
        return List.copyOf(values);
    }

    /** One of the values, case-insensitive, as written in {@code allowed}; absent when not given or wrong. */
    @Nullable String oneOf(JsonNode node, String path, List<String> allowed) {
        String value = text(node, path, false);
        if (value == null) {
            return null;
        }
        for (String candidate : allowed) {
            if (candidate.equalsIgnoreCase(value)) {
                return candidate;
            }
        }
        problem(path, "'" + value + "' is not one of " + String.join(", ", allowed));
        return null;
    }

    @Nullable String role(JsonNode node, String path) {
        return oneOf(node, path, Arrays.stream(Role.values()).map(Role::name).toList());
    }

    ApprovalMode mode(JsonNode node, String path) {
        String mode = oneOf(node, path, Arrays.stream(ApprovalMode.values()).map(ApprovalMode::name).toList());
        return mode == null ? ApprovalMode.ANY : ApprovalMode.valueOf(mode);
    }
}
