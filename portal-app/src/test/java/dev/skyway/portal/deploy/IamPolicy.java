package dev.skyway.portal.deploy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The {@code Allow} statements of an IAM policy document, enough to answer "does it allow this action" (actions
 * only: resources and conditions narrow what the policy allows, they never widen it, so a missing action is a
 * certain failure). Action names are case-insensitive in IAM and may carry {@code *} and {@code ?}.
 */
final class IamPolicy {

    record Statement(String sid, List<String> actions) {
    }

    private final List<Statement> statements;

    private IamPolicy(List<Statement> statements) {
        this.statements = statements;
    }

    static IamPolicy of(JsonNode document) {
        List<Statement> statements = new ArrayList<>();
        for (JsonNode statement : document.path("Statement")) {
            if ("Allow".equals(statement.path("Effect").asString())) {
                statements.add(new Statement(statement.path("Sid").asString(""), strings(statement.path("Action"))));
            }
        }
        return new IamPolicy(statements);
    }

    List<Statement> statements() {
        return statements;
    }

    boolean allows(String action) {
        return statements.stream().flatMap(s -> s.actions().stream()).anyMatch(granted -> matches(granted, action));
    }

    /** Every action the policy names (patterns as written). */
    Set<String> grantedActions() {
        Set<String> granted = new LinkedHashSet<>();
        statements.forEach(s -> granted.addAll(s.actions()));
        return granted;
    }

    static boolean matches(String pattern, String action) {
        String regex = Pattern.quote(pattern).replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q");
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(action).matches();
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isString()) {
            values.add(node.asString());
        }
        node.valueStream().filter(JsonNode::isString).forEach(v -> values.add(v.asString()));
        return values;
    }
}
